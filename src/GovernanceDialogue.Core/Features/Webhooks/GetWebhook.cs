using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.Webhooks;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Webhooks;

/// <summary>One webhook subscription (never its secret).</summary>
public static class GetWebhook
{
    public sealed record Query(Guid Id) : IQuery<WebhookDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageWebhooks;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<WebhookSubscription>(Id, "Webhook");
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, WebhookDto>
    {
        public async ValueTask<WebhookDto> Handle(Query query, CancellationToken cancellationToken) =>
            await WebhookProjection.LoadDtoAsync(db, query.Id, cancellationToken);
    }
}
