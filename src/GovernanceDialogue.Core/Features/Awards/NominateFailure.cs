using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Features.Lessons;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Awards;

/// <summary>
/// Nominates a shared failure (one the nominator may read) for its city's failure of the year, with a motivation: one
/// nomination per person, lesson and year, and not for a year that has not begun.
/// </summary>
public static class NominateFailure
{
    public sealed record Command(int Year, Guid? LessonId, string Motivation) : ICommand<NominationDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.NominateFailure;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Year).InclusiveBetween(GetFailureOfTheYear.MinYear, GetFailureOfTheYear.MaxYear);
            RuleFor(c => c.LessonId).NotEmpty();
            RuleFor(c => c.Motivation).RequiredText(FailureNomination.MotivationMaxLength);
        }
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, NominationDto>
    {
        public async ValueTask<NominationDto> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.Year > clock.Today().Year)
            {
                throw new ValidationException([new ValidationFailure(nameof(Command.Year), "Nominations are for this year or an earlier one.")]);
            }

            var lessonId = command.LessonId!.Value;
            var lesson = await db.Lessons.Where(l => l.Id == lessonId).VisibleTo(db, authorizer, user).SingleOrDefaultAsync(cancellationToken)
                ?? throw new ValidationException([new ValidationFailure(nameof(Command.LessonId), "No such lesson that you may read.")]);
            var unit = await db.Units.Where(u => u.Id == lesson.UnitId).Select(u => new { u.Name, u.Path }).SingleAsync(cancellationToken);
            // Nominations are personal: the system and tokens have no one to count "one per person" by.
            if (user.Kind != Domain.Audit.ActorKind.User || !Guid.TryParse(user.Id, out var nominatorId))
            {
                throw new ForbiddenException(nameof(Permission.NominateFailure));
            }

            if (await db.FailureNominations.AnyAsync(n => n.LessonId == lessonId && n.NominatorId == nominatorId && n.Year == command.Year, cancellationToken))
            {
                throw new DomainRuleException(DomainRules.NominationDuplicate, "You have already nominated this lesson this year.");
            }

            var now = clock.GetUtcNow();
            var nomination = FailureNomination.Make(
                Guid.CreateVersion7(now), LessonProjection.CityOf(unit.Path), command.Year, lesson, nominatorId, user.DisplayName, command.Motivation, now);
            db.FailureNominations.Add(nomination);
            await db.SaveChangesAsync(cancellationToken);
            return new NominationDto(
                nomination.Id, lesson.Id, lesson.Title, lesson.UnitId, unit.Name, nomination.NominatedBy, nomination.Motivation, nomination.NominatedAt, false, null);
        }
    }
}
