using System.Text.Json.Serialization;
using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Goals;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Goals;

/// <summary>Sets how many active goals per unit and period a city allows (the cap; default 5). Administrators only.</summary>
public static class SetGoalPolicy
{
    /// <param name="CityId">The city.</param>
    /// <param name="Cap">The new cap.</param>
    /// <param name="ExpectedVersion">
    /// The policy's version the caller read (If-Match); null checks nothing. A city that has not set its own cap yet has
    /// <see cref="GoalPolicy.DefaultVersion"/>.
    /// </param>
    public sealed record Command(Guid CityId, int Cap, uint? ExpectedVersion = null) : ICommand<Response>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageGoalPolicy;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(CityId);
    }

    /// <summary>The cap that applies, and the city whose policy it is.</summary>
    /// <param name="CityId">The city whose policy applies.</param>
    /// <param name="Cap">At most this many active goals per unit and period.</param>
    /// <param name="Version">Concurrency token, sent as the ETag header.</param>
    public sealed record Response(Guid CityId, int Cap, [property: JsonIgnore] uint Version);

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
                throw new DomainRuleException(
                    DomainRules.GoalPolicyCity, $"'{city.Name}' is not a city: the goal cap is set for a whole city (the organisation root).");
            }

            var policy = await db.GoalPolicies.FindAsync([city.Id], cancellationToken);
            if (policy is null)
            {
                // Nothing stored yet: the caller read the default, or sent "*".
                if (command.ExpectedVersion is { } expected && expected != GoalPolicy.DefaultVersion)
                {
                    throw new PreconditionFailedException("Goal policy", city.Id);
                }

                policy = GoalPolicy.For(city.Id, command.Cap);
                db.GoalPolicies.Add(policy);
            }
            else
            {
                db.ExpectVersion(policy, command.ExpectedVersion);
                policy.SetCap(command.Cap);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new Response(city.Id, policy.Cap, policy.Version);
        }
    }
}
