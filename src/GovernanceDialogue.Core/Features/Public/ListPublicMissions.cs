using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Public;

/// <summary>
/// The current published missions of the open units, ordered by unit name, one page at a time, for the open data and
/// the public pages. The same for every caller. Two queries: the count and the page (with the names of the units above).
/// </summary>
public static class ListPublicMissions
{
    /// <param name="Search">Only units whose name or short code contains this text (case-insensitive).</param>
    /// <param name="Under">Only this unit and the units below it.</param>
    public sealed record Query(string? Search = null, Guid? Under = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<PagedList<PublicMissionDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadPublishedMission;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.ValidatePaging(q => q.Page, q => q.PageSize);
            RuleFor(q => q.Search).MaximumLength(OrganisationUnit.NameMaxLength).OverridePropertyName("q");
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, PagedList<PublicMissionDto>>
    {
        public async ValueTask<PagedList<PublicMissionDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var missions = await PublicMissionRows.QueryAsync(db, clock, query.Search, query.Under, null, cancellationToken);
            return await missions.ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        }
    }
}
