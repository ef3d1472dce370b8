using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.GoalPictures;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.GoalPictures;

/// <summary>
/// Records that the draft was adopted by a decision (date and reference). If the scope already has a current goal
/// picture, the request must name it in <c>replacesId</c>; it is then superseded in the same transaction.
/// </summary>
public static class AdoptGoalPicture
{
    public sealed record Command(Guid Id, DateOnly? DecisionDate, string DecisionReference, Guid? ReplacesId, uint? ExpectedVersion)
        : ICommand<GoalPictureDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditGoalPicture;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<GoalPicture>(Id, "Goal picture");
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DecisionDate).NotNull();
            RuleFor(c => c.DecisionReference).RequiredText(GoalPicture.DecisionReferenceMaxLength);
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, GoalPictureDto>
    {
        public async ValueTask<GoalPictureDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var picture = await db.GoalPictures.FindOrThrowAsync(command.Id, "Goal picture", cancellationToken);
            db.ExpectVersion(picture, command.ExpectedVersion);
            // Not the draft itself: if a racing adoption of this draft has just committed, the query would return the
            // tracked (stale, still Draft) instance as "the current one"; the save below then loses the race instead.
            var current = await db.GoalPictures.SingleOrDefaultAsync(
                g => g.UnitId == picture.UnitId && g.Id != picture.Id && (g.Status == GoalPictureStatus.Adopted || g.Status == GoalPictureStatus.Published),
                cancellationToken);
            picture.Adopt(command.DecisionDate!.Value, command.DecisionReference, current, command.ReplacesId, clock.GetUtcNow(), user.DisplayName);

            // EF writes both rows in key order; ids are time-ordered, so the superseded (older) version leaves the
            // "one current per scope" index before the new one enters it.
            await db.SaveChangesAsync(cancellationToken);
            return await db.GoalPictures.AsNoTracking().Where(g => g.Id == picture.Id).ProjectToDto(db).SingleAsync(cancellationToken);
        }
    }
}
