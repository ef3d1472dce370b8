using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.Webhooks;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Webhooks;

/// <summary>Deletes a subscription with its delivery log; nothing more is sent to it.</summary>
public static class DeleteWebhook
{
    public sealed record Command(Guid Id, uint? ExpectedVersion) : ICommand, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageWebhooks;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<WebhookSubscription>(Id, "Webhook");
    }

    public sealed class Validator : FluentValidation.AbstractValidator<Command>;

    public sealed class Handler(AppDbContext db) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var subscription = await db.WebhookSubscriptions.FindOrThrowAsync(command.Id, "Webhook", cancellationToken);
            db.ExpectVersion(subscription, command.ExpectedVersion);
            db.WebhookSubscriptions.Remove(subscription);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
