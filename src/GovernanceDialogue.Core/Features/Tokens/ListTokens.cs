using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Tokens;

/// <summary>Lists integrator tokens, newest first; revoked and expired ones only on request.</summary>
public static class ListTokens
{
    public sealed record Query(bool IncludeInactive = false, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<PagedList<TokenDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageTokens;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => this.ValidatePaging(q => q.Page, q => q.PageSize);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, PagedList<TokenDto>>
    {
        public async ValueTask<PagedList<TokenDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var tokens = db.ApiTokens.AsNoTracking();
            if (!query.IncludeInactive)
            {
                tokens = tokens.Where(t => t.RevokedAt == null && t.ExpiresAt > now);
            }

            return await tokens.OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id)
                .ProjectToDto(db)
                .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        }
    }
}
