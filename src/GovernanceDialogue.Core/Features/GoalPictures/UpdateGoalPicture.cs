using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.GoalPictures;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.GoalPictures;

/// <summary>Edits a draft goal picture: vision, narrative and themes.</summary>
public static class UpdateGoalPicture
{
    public sealed record Command(Guid Id, uint? ExpectedVersion, string Vision, string Narrative, IReadOnlyList<ThemeInput> Themes)
        : ICommand<GoalPictureDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditGoalPicture;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<GoalPicture>(Id, "Goal picture");
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => this.Content(c => c.Vision, c => c.Narrative, c => c.Themes);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : ICommandHandler<Command, GoalPictureDto>
    {
        public async ValueTask<GoalPictureDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var picture = await db.GoalPictures.FindOrThrowAsync(command.Id, "Goal picture", cancellationToken);
            db.ExpectVersion(picture, command.ExpectedVersion);
            var path = await db.Units.Where(u => u.Id == picture.UnitId).Select(u => u.Path).SingleAsync(cancellationToken);
            await ThemeCatalog.CheckThemesAsync(db, picture.UnitId, path, command.Themes, cancellationToken, picture.Themes.Select(t => t.Id));
            var now = clock.GetUtcNow();
            picture.Edit(command.Vision, command.Narrative, command.Themes.ToThemes(now), now);
            await db.SaveChangesAsync(cancellationToken);
            return await db.GoalPictures.AsNoTracking().Where(g => g.Id == picture.Id).ProjectToDto(db).SingleAsync(cancellationToken);
        }
    }
}
