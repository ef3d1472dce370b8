using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Summaries;

/// <summary>A summary: its latest published version for everyone, and the draft for the executives of its scope.</summary>
public static class GetSummary
{
    public sealed record Query(Guid Id) : IQuery<SummaryDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadPublishedSummaries;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer) : IQueryHandler<Query, SummaryDto>
    {
        public async ValueTask<SummaryDto> Handle(Query query, CancellationToken cancellationToken) =>
            await SummaryReader.ReadAsync(db, authorizer, query.Id, cancellationToken);
    }
}

/// <summary>
/// A summary with its draft, for the exports and the editor that need the draft itself: the executives of its scope
/// only. A summary never published does not exist for anyone else (404, as in <see cref="GetSummary"/>); for a
/// published one they are told 401 (not signed in) or 403.
/// </summary>
public static class GetSummaryDraft
{
    public sealed record Query(Guid Id) : IQuery<SummaryDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadPublishedSummaries;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer) : IQueryHandler<Query, SummaryDto>
    {
        public async ValueTask<SummaryDto> Handle(Query query, CancellationToken cancellationToken)
        {
            var summary = await SummaryReader.ReadAsync(db, authorizer, query.Id, cancellationToken);
            if (summary.Draft is null)
            {
                await authorizer.EnsureAsync(Permission.ReadSummaryDrafts, ResourceScope.Units(summary.UnitId), cancellationToken);
                throw new ForbiddenException(nameof(Permission.ReadSummaryDrafts));
            }

            return summary;
        }
    }
}
