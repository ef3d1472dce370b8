using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Units;

/// <summary>One unit with its place in the tree (ancestors, number of children).</summary>
public static class GetUnit
{
    public sealed record Query(Guid Id) : IQuery<Response>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadOrganisation;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    /// <summary>The unit, its ancestors from the root down, how many direct children it has, and what the caller may do with it.</summary>
    public sealed record Response(UnitDto Unit, IReadOnlyList<UnitRef> Ancestors, int ChildCount, UnitCapabilities Can);

    /// <summary>What the caller may do with this unit, so pages offer only what will work.</summary>
    public sealed record UnitCapabilities(
        bool Manage, bool EditMission, bool ReadMissionDraft, bool ReadHistory, bool EditGoalPicture, bool ReadAnalyses, bool EditAnalysis,
        bool ReadGoals, bool EditGoals);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Id).NotEmpty();
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer, TimeProvider clock) : IQueryHandler<Query, Response>
    {
        public async ValueTask<Response> Handle(Query query, CancellationToken cancellationToken)
        {
            var row = await db.Units.AsNoTracking()
                .Where(u => u.Id == query.Id)
                .Select(u => new { u.Path, ChildCount = db.Units.Count(c => c.ParentId == u.Id) })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Unit", query.Id);

            // The path holds the ids from the root down to the unit itself: one query reads them all.
            var lineIds = row.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
            var line = await db.Units.AsNoTracking()
                .Where(u => lineIds.Contains(u.Id))
                .ProjectToDto()
                .ToDictionaryAsync(u => u.Id, cancellationToken);
            var ancestors = lineIds.Take(lineIds.Count - 1)
                .Select(id => line[id])
                .Select(a => new UnitRef(a.Id, a.Kind, a.Name, a.ShortCode))
                .ToList();
            // A closed unit is history: its mission, goal picture, analyses and goals no longer change, so nobody is offered to.
            var open = line[query.Id].ValidTo is not { } validTo || validTo > clock.Today();
            var can = new UnitCapabilities(
                authorizer.Can(Permission.ManageOrganisation, row.Path),
                open && authorizer.Can(Permission.EditMission, row.Path),
                authorizer.Can(Permission.ReadMissionDraft, row.Path),
                authorizer.Can(Permission.ReadUnitHistory, row.Path),
                open && authorizer.Can(Permission.EditGoalPicture, row.Path),
                authorizer.Can(Permission.ReadAnalyses, row.Path),
                open && authorizer.Can(Permission.EditAnalysis, row.Path),
                authorizer.Can(Permission.ReadGoals, row.Path),
                open && authorizer.Can(Permission.EditGoals, row.Path));
            return new Response(line[query.Id], ancestors, row.ChildCount, can);
        }
    }
}
