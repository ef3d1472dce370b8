using GovernanceDialogue.Core.Authorization;
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
