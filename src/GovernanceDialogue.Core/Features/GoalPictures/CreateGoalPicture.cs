using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.GoalPictures;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.GoalPictures;

/// <summary>
/// Starts a new draft goal picture for a city or an administration. Carrying a theme over from the current version
/// keeps its id, so goals linked to it stay linked once the new version is adopted.
/// </summary>
public static class CreateGoalPicture
{
    /// <param name="UnitId">The city or administration (named in the body: missing or unknown is a 400 on this field).</param>
    public sealed record Command(Guid? UnitId, string Vision, string Narrative, IReadOnlyList<ThemeInput> Themes) : ICommand<GoalPictureDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditGoalPicture;

        ResourceScope IAuthorized.Scope => ResourceScope.InBody(UnitId);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.UnitId).NotEmpty();
            this.Content(c => c.Vision, c => c.Narrative, c => c.Themes);
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : ICommandHandler<Command, GoalPictureDto>
    {
        public async ValueTask<GoalPictureDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var unit = await db.Units.FindAsync([command.UnitId!.Value], cancellationToken)
                ?? throw new ValidationException([new ValidationFailure(nameof(Command.UnitId), $"No unit with id '{command.UnitId}' exists.")]);
            if (unit.Kind == UnitKind.Unit)
            {
                throw new DomainRuleException(DomainRules.GoalPictureScope, $"'{unit.Name}' is a unit; goal pictures belong to the city or an administration.");
            }

            unit.EnsureNotClosed(clock.Today());
            if (await db.GoalPictures.AnyAsync(g => g.UnitId == unit.Id && g.Status == GoalPictureStatus.Draft, cancellationToken))
            {
                throw new DomainRuleException(DomainRules.GoalPictureDraftExists, $"'{unit.Name}' already has a draft goal picture.");
            }

            await ThemeCatalog.CheckThemesAsync(db, unit.Id, unit.Path, command.Themes, cancellationToken);
            var number = await db.GoalPictures.Where(g => g.UnitId == unit.Id).Select(g => (int?)g.Number).MaxAsync(cancellationToken) ?? 0;
            var now = clock.GetUtcNow();
            var picture = GoalPicture.Draft(Guid.CreateVersion7(now), unit.Id, number + 1, command.Vision, command.Narrative, command.Themes.ToThemes(now), now);
            db.GoalPictures.Add(picture);
            await db.SaveChangesAsync(cancellationToken);
            return await db.GoalPictures.AsNoTracking().Where(g => g.Id == picture.Id).ProjectToDto(db).SingleAsync(cancellationToken);
        }
    }
}
