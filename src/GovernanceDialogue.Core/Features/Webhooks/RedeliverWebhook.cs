using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Webhooks;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Webhooks;

/// <summary>
/// Sends a delivery again at the next dispatch (enqueued once this is committed; at the latest the recurring one within
/// the minute), with a fresh round of retries: after a failure, or after a success the receiver lost. The body and the
/// event id are the same as before.
/// </summary>
public static class RedeliverWebhook
{
    public sealed record Command(Guid Id, Guid DeliveryId) : ICommand<WebhookDeliveryDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageWebhooks;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<WebhookSubscription>(Id, "Webhook");
    }

    public sealed class Validator : FluentValidation.AbstractValidator<Command>;

    public sealed class Handler(AppDbContext db, AuditTrail audit, WebhookDispatchTrigger dispatchSoon, TimeProvider clock) : ICommandHandler<Command, WebhookDeliveryDto>
    {
        public async ValueTask<WebhookDeliveryDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var delivery = await db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == command.DeliveryId && d.SubscriptionId == command.Id, cancellationToken)
                ?? throw new NotFoundException("WebhookDelivery", command.DeliveryId);
            delivery.Redeliver(clock.GetUtcNow());
            audit.Note(nameof(WebhookDelivery), delivery.Id.ToString(), "Redelivery requested");
            dispatchSoon.DispatchAfterSave(db);
            await db.SaveChangesAsync(cancellationToken);
            return await db.WebhookDeliveries.AsNoTracking().Where(d => d.Id == delivery.Id).ProjectToDto(db).SingleAsync(cancellationToken);
        }
    }
}
