using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.GoalPictures;

/// <summary>The themes a unit's goals may serve: those of the current goal pictures of its city and administrations.</summary>
public static class ListThemesForUnit
{
    public sealed record Query(Guid UnitId) : IQuery<IReadOnlyList<ThemeDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadGoalPictures;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.UnitId).NotEmpty();
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, IReadOnlyList<ThemeDto>>
    {
        public async ValueTask<IReadOnlyList<ThemeDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var path = await db.Units.Where(u => u.Id == query.UnitId).Select(u => u.Path).SingleAsync(cancellationToken);
            return (await db.CurrentThemesAboveAsync(path, cancellationToken)).OrderBy(t => t.CityThemeId.HasValue).ThenBy(t => t.Position).ToList();
        }
    }
}
