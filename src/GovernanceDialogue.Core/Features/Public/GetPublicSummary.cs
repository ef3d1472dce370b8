using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Public;

/// <summary>
/// A published summary, its latest version or a given one, for the open data. The same for every caller: unlike
/// <c>GetSummary</c> it never carries the draft, not even for the executives who may read it, so the answer can be
/// cached publicly. 404 for a summary never published. One query.
/// </summary>
public static class GetPublicSummary
{
    /// <param name="Version">A published version's number; the latest when null.</param>
    public sealed record Query(Guid Id, int? Version = null) : IQuery<PublicSummaryDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadPublishedSummaries;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Version).GreaterThanOrEqualTo(1);
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, PublicSummaryDto>
    {
        public async ValueTask<PublicSummaryDto> Handle(Query query, CancellationToken cancellationToken) =>
            await (from s in db.Summaries.AsNoTracking()
                   join v in db.SummaryVersions on s.Id equals v.SummaryId
                   join c in db.Cycles on s.CycleId equals c.Id
                   join u in db.Units on s.UnitId equals u.Id
                   where s.Id == query.Id && v.Number == (query.Version ?? s.LatestVersion)
                   select new PublicSummaryDto(
                       s.Id, v.Number, s.LatestVersion, c.Id, c.Name, c.OpensOn, c.ClosesOn, u.Id, u.Name,
                       v.Facts, v.Narrative, v.Highlights, v.Quotes, v.PublishedAt))
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Published summary", query.Version is { } number ? $"{query.Id}/{number}" : query.Id);
    }
}
