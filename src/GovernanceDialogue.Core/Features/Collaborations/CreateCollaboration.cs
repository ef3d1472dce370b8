using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Collaborations;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Collaborations;

/// <summary>
/// Starts a collaboration led by one of its units, with its partners, purpose and goals, at a step of the ladder
/// (the first unless another is given). The lead unit's leaders may start it; the other units need not be theirs.
/// </summary>
public static class CreateCollaboration
{
    public sealed record Command(
        Guid? LeadUnitId, string Name, string Purpose, IReadOnlyList<Guid>? UnitIds, IReadOnlyList<PartnerInput>? Partners, IReadOnlyList<Guid>? GoalIds,
        DateOnly? StartedOn, DateOnly? EndedOn, LadderStage? Stage, string? Reflection) : ICommand<CollaborationDto>, IAuthorized, ICollaborationFields
    {
        Permission IAuthorized.Permission => Permission.EditCollaborations;

        ResourceScope IAuthorized.Scope => ResourceScope.InBody(LeadUnitId);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.LeadUnitId).NotEmpty();
            this.Content();
            RuleFor(c => c.Stage).IsInEnum();
            RuleFor(c => c.Reflection).MaximumLength(StageChange.ReflectionMaxLength);
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, CollaborationDto>
    {
        public async ValueTask<CollaborationDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var content = command.ToContent();
            var leadUnitId = command.LeadUnitId!.Value;
            await CollaborationRules.EnsureReferencesAsync(db, leadUnitId, content, nameof(Command.LeadUnitId), cancellationToken);
            var now = clock.GetUtcNow();
            var collaboration = Collaboration.Start(
                Guid.CreateVersion7(now), leadUnitId, content, command.Stage ?? LadderStage.BuildTrust, command.Reflection, [], now, user.DisplayName);
            db.Collaborations.Add(collaboration);
            await db.SaveChangesAsync(cancellationToken);
            return await CollaborationProjection.LoadDtoAsync(db, collaboration.Id, clock.Today(), cancellationToken);
        }
    }
}
