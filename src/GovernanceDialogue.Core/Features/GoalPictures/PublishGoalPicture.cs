using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.GoalPictures;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.GoalPictures;

/// <summary>Publishes the adopted goal picture for everyone (the public start page shows the city's).</summary>
public static class PublishGoalPicture
{
    public sealed record Command(Guid Id, uint? ExpectedVersion) : ICommand<GoalPictureDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditGoalPicture;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<GoalPicture>(Id, "Goal picture");
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Id).NotEmpty();
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, GoalPictureDto>
    {
        public async ValueTask<GoalPictureDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var picture = await db.GoalPictures.FindOrThrowAsync(command.Id, "Goal picture", cancellationToken);
            db.ExpectVersion(picture, command.ExpectedVersion);
            picture.Publish(clock.GetUtcNow(), user.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return await db.GoalPictures.AsNoTracking().Where(g => g.Id == picture.Id).ProjectToDto(db).SingleAsync(cancellationToken);
        }
    }
}
