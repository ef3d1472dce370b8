using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Awards;

/// <summary>Decides the city's failure of the year from its shortlist (the city's executives): one winner per city and year.</summary>
public static class DecideFailureOfTheYear
{
    public sealed record Command(int Year, Guid? NominationId) : ICommand<AwardWinnerDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.DecideFailureAward;

        // A missing nomination is a missing field of the body: the executives hear 400 on it from the validator, not a 404.
        ResourceScope IAuthorized.Scope => NominationId is { } id && id != Guid.Empty
            ? ResourceScope.UnitOf<FailureNomination>(id, "Nomination", nameof(FailureNomination.CityId))
            : ResourceScope.InBody(null);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        // NotEmpty on a Guid? lets the all-zero id through (it only compares with null).
        public Validator() => RuleFor(c => c.NominationId).NotEmpty().NotEqual(Guid.Empty);
    }

    public sealed class Handler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, AwardWinnerDto>
    {
        public async ValueTask<AwardWinnerDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var nomination = await db.FailureNominations.AsNoTracking().SingleOrDefaultAsync(n => n.Id == command.NominationId && n.Year == command.Year, cancellationToken)
                ?? throw new NotFoundException("Nomination", command.NominationId!.Value);
            if (await db.FailureAwards.AnyAsync(a => a.CityId == nomination.CityId && a.Year == command.Year, cancellationToken))
            {
                throw new DomainRuleException(DomainRules.AwardAlreadyDecided, "The city's failure of the year is already decided for this year.");
            }

            var award = FailureAward.Decide(Guid.CreateVersion7(clock.GetUtcNow()), nomination, clock.GetUtcNow(), user.DisplayName);
            db.FailureAwards.Add(award);
            await db.SaveChangesAsync(cancellationToken);
            return await db.FailureAwards.AsNoTracking().Where(a => a.Id == award.Id).ToWinners(db).SingleAsync(cancellationToken);
        }
    }
}
