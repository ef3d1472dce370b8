using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.Goals;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Goals;

/// <summary>A city's goal cap (default 5 until the city sets its own).</summary>
public static class GetGoalPolicy
{
    public sealed record Query(Guid CityId) : IQuery<SetGoalPolicy.Response>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadOrganisation;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(CityId);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.CityId).NotEmpty();
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, SetGoalPolicy.Response>
    {
        public async ValueTask<SetGoalPolicy.Response> Handle(Query query, CancellationToken cancellationToken) =>
            new(query.CityId, await db.GoalPolicies.Where(p => p.CityId == query.CityId).Select(p => (int?)p.Cap).SingleOrDefaultAsync(cancellationToken) ?? GoalSet.DefaultCap);
    }
}
