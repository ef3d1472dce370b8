using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Collaborations;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Collaborations;

/// <summary>
/// Revises a collaboration's name, purpose, units, partners, goals and dates (an end date ends it). Its lead unit
/// stays, and its stage moves only through <see cref="ChangeCollaborationStage"/>.
/// </summary>
public static class UpdateCollaboration
{
    public sealed record Command(
        Guid Id, uint? ExpectedVersion, string Name, string Purpose, IReadOnlyList<Guid>? UnitIds, IReadOnlyList<PartnerInput>? Partners,
        IReadOnlyList<Guid>? GoalIds, DateOnly? StartedOn, DateOnly? EndedOn) : ICommand<CollaborationDto>, IAuthorized, ICollaborationFields
    {
        Permission IAuthorized.Permission => Permission.EditCollaborations;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Collaboration>(Id, "Collaboration", nameof(Collaboration.LeadUnitId));
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => this.Content();
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, CollaborationDto>
    {
        public async ValueTask<CollaborationDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var collaboration = await db.Collaborations.FindOrThrowAsync(command.Id, "Collaboration", cancellationToken);
            db.ExpectVersion(collaboration, command.ExpectedVersion);
            var content = command.ToContent();
            await CollaborationRules.EnsureReferencesAsync(db, collaboration.LeadUnitId, content, nameof(Command.UnitIds), cancellationToken);
            collaboration.Revise(content, clock.GetUtcNow(), user.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return await CollaborationProjection.LoadDtoAsync(db, collaboration.Id, clock.Today(), cancellationToken);
        }
    }
}
