using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Missions;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Missions;

/// <summary>Saves the working draft of a unit's mission. Readers keep seeing the published version until a publish.</summary>
public static class SaveMissionDraft
{
    public sealed record Command(
        Guid UnitId,
        uint? ExpectedVersion,
        string AssignmentText,
        string PlainLanguageSummary,
        IReadOnlyList<string>? TargetGroups,
        string? Basis) : ICommand<MissionDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditMission;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.AssignmentText).RequiredText(Mission.AssignmentTextMaxLength);
            RuleFor(c => c.PlainLanguageSummary).RequiredText(Mission.PlainLanguageSummaryMaxLength);
            RuleFor(c => c.TargetGroups).TargetGroups();
            RuleForEach(c => c.TargetGroups).TargetGroup();
            RuleFor(c => c.Basis).OptionalText(Mission.BasisMaxLength);
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, MissionDto>
    {
        public async ValueTask<MissionDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var unit = await db.Units.FindOrThrowAsync(command.UnitId, "Unit", cancellationToken);
            unit.EnsureNotClosed(clock.Today());

            var mission = await db.Missions.FindOrThrowAsync(command.UnitId, "Unit", cancellationToken);
            db.ExpectVersion(mission, command.ExpectedVersion);
            mission.EditDraft(
                command.AssignmentText, command.PlainLanguageSummary, command.TargetGroups ?? [], command.Basis,
                clock.GetUtcNow(), user.DisplayName);
            await db.SaveChangesAsync(cancellationToken);

            var published = mission.PublishedVersionNumber == 0
                ? null
                : await db.MissionVersions.Where(v => v.UnitId == mission.UnitId && v.Number == mission.PublishedVersionNumber)
                    .ProjectToDto().SingleAsync(cancellationToken);
            return new MissionDto(mission.UnitId, MissionMapper.DraftOf(mission), mission.HasUnpublishedChanges, published, mission.Version);
        }
    }
}
