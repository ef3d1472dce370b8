using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Awards;

/// <summary>Puts a nomination on the year's shortlist (the city's executives); shortlisting twice changes nothing.</summary>
public static class ShortlistNomination
{
    public sealed record Command(int Year, Guid NominationId) : ICommand<NominationDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.DecideFailureAward;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<FailureNomination>(NominationId, "Nomination", nameof(FailureNomination.CityId));
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.NominationId).NotEmpty();
    }

    public sealed class Handler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, NominationDto>
    {
        public async ValueTask<NominationDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var nomination = await db.FailureNominations.SingleOrDefaultAsync(n => n.Id == command.NominationId && n.Year == command.Year, cancellationToken)
                ?? throw new NotFoundException("Nomination", command.NominationId);
            if (!nomination.Shortlisted)
            {
                nomination.Shortlist(clock.GetUtcNow(), user.DisplayName);
                await db.SaveChangesAsync(cancellationToken);
            }

            return await (
                    from n in db.FailureNominations.AsNoTracking()
                    where n.Id == nomination.Id
                    join l in db.Lessons on n.LessonId equals l.Id
                    join u in db.Units on l.UnitId equals u.Id
                    select new NominationDto(n.Id, l.Id, l.Title, u.Id, u.Name, n.NominatedBy, n.Motivation, n.NominatedAt, n.Shortlisted, n.ShortlistedAt))
                .SingleAsync(cancellationToken);
        }
    }
}
