using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Webhooks;

/// <summary>The webhook subscriptions the caller manages (all for administrators, its subtree's for a token), by name.</summary>
public static class ListWebhooks
{
    public sealed record Query(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<WebhookDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageWebhooks;

        ResourceScope IAuthorized.Scope => ResourceScope.Anywhere;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => this.ValidatePaging(q => q.Page, q => q.PageSize);
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer) : IQueryHandler<Query, PagedList<WebhookDto>>
    {
        public async ValueTask<PagedList<WebhookDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var subtrees = Subtrees.Patterns(authorizer.Subtrees(Permission.ManageWebhooks));
            var subscriptions = db.WebhookSubscriptions.AsNoTracking();
            if (subtrees is not null)
            {
                subscriptions = subscriptions.Where(s => db.Units.Any(u => u.Id == s.UnitId && subtrees.Any(p => EF.Functions.Like(u.Path, p))));
            }

            return await subscriptions.OrderBy(s => s.Name).ThenBy(s => s.Id).ProjectToDto(db).ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        }
    }
}
