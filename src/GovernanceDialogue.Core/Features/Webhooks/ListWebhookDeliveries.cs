using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Webhooks;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Webhooks;

/// <summary>A subscription's delivery log, newest event first, optionally only one status.</summary>
public static class ListWebhookDeliveries
{
    public sealed record Query(Guid Id, WebhookDeliveryStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<PagedList<WebhookDeliveryDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageWebhooks;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<WebhookSubscription>(Id, "Webhook");
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.ValidatePaging(q => q.Page, q => q.PageSize);
            RuleFor(q => q.Status).IsInEnum();
        }
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, PagedList<WebhookDeliveryDto>>
    {
        public async ValueTask<PagedList<WebhookDeliveryDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == query.Id);
            if (query.Status is { } status)
            {
                deliveries = deliveries.Where(d => d.Status == status);
            }

            return await deliveries.ProjectToDto(db).ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        }
    }
}
