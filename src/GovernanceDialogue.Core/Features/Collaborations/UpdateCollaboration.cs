using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Collaborations;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Collaborations;

/// <summary>
/// Revises a collaboration's name, purpose, units, partners, goals and dates (an end date ends it), and may hand its
/// lead to another of its units: the caller must then be allowed to lead there too (so the lead unit's manager hands it
/// over to a unit they also lead, and an executive above both to any). Its stage moves only through
/// <see cref="ChangeCollaborationStage"/>.
/// </summary>
public static class UpdateCollaboration
{
    public sealed record Command(
        Guid Id, uint? ExpectedVersion, string Name, string Purpose, IReadOnlyList<Guid>? UnitIds, IReadOnlyList<PartnerInput>? Partners,
        IReadOnlyList<Guid>? GoalIds, DateOnly? StartedOn, DateOnly? EndedOn, Guid? LeadUnitId = null) : ICommand<CollaborationDto>, IAuthorized, ICollaborationFields
    {
        Permission IAuthorized.Permission => Permission.EditCollaborations;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Collaboration>(Id, "Collaboration", nameof(Collaboration.LeadUnitId)).Referencing(LeadUnitId);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            this.Content();
            RuleFor(c => c.LeadUnitId).NotEqual(Guid.Empty).WithMessage("Give the new lead unit's id, or none to keep the lead.");
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, CollaborationDto>
    {
        public async ValueTask<CollaborationDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var collaboration = await db.Collaborations.FindOrThrowAsync(command.Id, "Collaboration", cancellationToken);
            db.ExpectVersion(collaboration, command.ExpectedVersion);
            var content = command.ToContent();
            var lead = command.LeadUnitId ?? collaboration.LeadUnitId;
            await CollaborationRules.EnsureReferencesAsync(db, lead, content, command.LeadUnitId is null ? nameof(Command.UnitIds) : nameof(Command.LeadUnitId), cancellationToken);
            collaboration.Revise(content, lead, clock.GetUtcNow(), user.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return await CollaborationProjection.LoadDtoAsync(db, collaboration.Id, clock.Today(), cancellationToken);
        }
    }
}
