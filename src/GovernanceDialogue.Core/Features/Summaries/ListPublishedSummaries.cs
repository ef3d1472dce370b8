using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Summaries;

/// <summary>The published summaries (each at its latest version), newest cycle first; public, for the open data and the public pages.</summary>
public static class ListPublishedSummaries
{
    /// <param name="UnitId">Only this city's or administration's summaries.</param>
    /// <param name="CycleId">Only this cycle's.</param>
    public sealed record Query(Guid? UnitId = null, Guid? CycleId = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<PagedList<PublishedSummaryDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadPublishedSummaries;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => this.ValidatePaging(q => q.Page, q => q.PageSize);
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, PagedList<PublishedSummaryDto>>
    {
        public async ValueTask<PagedList<PublishedSummaryDto>> Handle(Query query, CancellationToken cancellationToken) =>
            await Rows(db, query.UnitId, query.CycleId).ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
    }

    /// <summary>
    /// The published summaries at their latest version, newest cycle first, the city before its administrations by
    /// name; shared with the whole-file export, so both list the same rows in the same order. One query.
    /// </summary>
    internal static IQueryable<PublishedSummaryDto> Rows(AppDbContext db, Guid? unitId, Guid? cycleId) =>
        from s in db.Summaries.AsNoTracking()
        join v in db.SummaryVersions on new { SummaryId = s.Id, Number = s.LatestVersion } equals new { v.SummaryId, v.Number }
        join c in db.Cycles on s.CycleId equals c.Id
        join u in db.Units on s.UnitId equals u.Id
        where (unitId == null || s.UnitId == unitId) && (cycleId == null || s.CycleId == cycleId)
        orderby c.OpensOn descending, u.Kind != UnitKind.City, u.Name, s.Id
        select new PublishedSummaryDto(s.Id, v.Number, c.Id, c.Name, c.OpensOn, u.Id, u.Name, v.PublishedAt);
}
