using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Goals;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Goals;

/// <summary>Sets how many active goals per unit and period a city allows (the cap; default 5).</summary>
public static class SetGoalPolicy
{
    public sealed record Command(Guid CityId, int Cap) : ICommand<Response>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageOrganisation;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(CityId);
    }

    /// <summary>The city's cap.</summary>
    public sealed record Response(Guid CityId, int Cap);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Cap).InclusiveBetween(GoalPolicy.MinCap, GoalPolicy.MaxCap);
    }

    public sealed class Handler(AppDbContext db) : ICommandHandler<Command, Response>
    {
        public async ValueTask<Response> Handle(Command command, CancellationToken cancellationToken)
        {
            var city = await db.Units.FindOrThrowAsync(command.CityId, "Unit", cancellationToken);
            if (city.Kind != UnitKind.City)
            {
                throw new DomainRuleException(DomainRules.UnitInvalidParent, "The goal cap is set for a whole city (the organisation root).");
            }

            var policy = await db.GoalPolicies.FindAsync([city.Id], cancellationToken);
            if (policy is null)
            {
                db.GoalPolicies.Add(GoalPolicy.For(city.Id, command.Cap));
            }
            else
            {
                policy.SetCap(command.Cap);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new Response(city.Id, command.Cap);
        }
    }
}
