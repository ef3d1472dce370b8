using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Units;

/// <summary>The organisation tree (or one subtree) as nested nodes, read in one query.</summary>
public static class GetUnitTree
{
    public sealed record Query(Guid? RootId = null, bool IncludeClosed = false) : IQuery<IReadOnlyList<Node>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadOrganisation;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    /// <summary>A unit in the tree with its children, ordered by name.</summary>
    public sealed record Node(
        Guid Id, UnitKind Kind, string Name, string ShortCode, bool IsActive, bool HasPublishedMission, IReadOnlyList<Node> Children);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.RootId).NotEqual(Guid.Empty);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<Node>>
    {
        public async ValueTask<IReadOnlyList<Node>> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var units = db.Units.AsNoTracking();
            if (query.RootId is { } rootId)
            {
                var rootPath = await db.Units.Where(u => u.Id == rootId).Select(u => u.Path).SingleOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException("Unit", rootId);
                units = units.Where(u => u.Path.StartsWith(rootPath));
            }

            if (!query.IncludeClosed)
            {
                units = units.Where(u => u.ValidTo == null || u.ValidTo > today);
            }

            var rows = await units
                .OrderBy(u => u.Name)
                .Select(u => new Row(
                    u.Id, u.ParentId, u.Kind, u.Name, u.ShortCode, u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo > today),
                    db.Missions.Any(m => m.UnitId == u.Id && m.PublishedVersionNumber > 0)))
                .ToListAsync(cancellationToken);

            var byParent = rows.ToLookup(r => r.ParentId);
            var ids = rows.Select(r => r.Id).ToHashSet();
            // Roots of the answer: units whose parent is not in the answer (the city, or the requested subtree root).
            return Build(rows.Where(r => r.ParentId is null || !ids.Contains(r.ParentId.Value)), byParent);
        }

        private static List<Node> Build(IEnumerable<Row> level, ILookup<Guid?, Row> byParent) =>
            level.Select(r => new Node(r.Id, r.Kind, r.Name, r.ShortCode, r.IsActive, r.HasPublishedMission, Build(byParent[r.Id], byParent)))
                .ToList();

        private sealed record Row(Guid Id, Guid? ParentId, UnitKind Kind, string Name, string ShortCode, bool IsActive, bool HasPublishedMission);
    }
}
