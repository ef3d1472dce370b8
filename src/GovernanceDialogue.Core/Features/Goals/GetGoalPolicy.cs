using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.Goals;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Goals;

/// <summary>The goal cap that applies to a unit: its city's (default 5 until the city sets its own).</summary>
public static class GetGoalPolicy
{
    /// <param name="UnitId">The city, or any unit under it (the answer is then its city's policy).</param>
    public sealed record Query(Guid UnitId) : IQuery<SetGoalPolicy.Response>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadOrganisation;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.UnitId).NotEmpty();
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, SetGoalPolicy.Response>
    {
        public async ValueTask<SetGoalPolicy.Response> Handle(Query query, CancellationToken cancellationToken)
        {
            var path = await db.Units.Where(u => u.Id == query.UnitId).Select(u => u.Path).SingleAsync(cancellationToken);
            var cityId = Guid.Parse(path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0]);
            var policy = await db.GoalPolicies.AsNoTracking().Where(p => p.CityId == cityId)
                .Select(p => new { p.Cap, p.Version }).SingleOrDefaultAsync(cancellationToken);
            return new SetGoalPolicy.Response(cityId, policy?.Cap ?? GoalSet.DefaultCap, policy?.Version ?? GoalPolicy.DefaultVersion);
        }
    }
}
