using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Public;

/// <summary>
/// Every current published mission of the open units that match, for a whole-file export (CSV): the list of
/// <see cref="ListPublicMissions"/> without paging. A city has hundreds to a few thousand units; one statement.
/// </summary>
public static class ExportPublicMissions
{
    /// <param name="Search">Only units whose name or short code contains this text (case-insensitive).</param>
    /// <param name="Under">Only this unit and the units below it.</param>
    public sealed record Query(string? Search = null, Guid? Under = null) : IQuery<IReadOnlyList<PublicMissionDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadPublishedMission;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Search).MaximumLength(OrganisationUnit.NameMaxLength).OverridePropertyName("q");
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<PublicMissionDto>>
    {
        public async ValueTask<IReadOnlyList<PublicMissionDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var missions = await PublicMissionRows.QueryAsync(db, clock, query.Search, query.Under, null, cancellationToken);
            return await missions.ToListAsync(cancellationToken);
        }
    }
}
