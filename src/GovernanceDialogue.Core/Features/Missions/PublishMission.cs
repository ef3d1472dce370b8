using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Missions;

/// <summary>Publishes the draft as a new immutable version, readable by everyone.</summary>
public static class PublishMission
{
    /// <param name="UnitId">The unit.</param>
    /// <param name="ExpectedVersion">The draft version the publisher read; publishing a draft someone changed since is refused.</param>
    public sealed record Command(Guid UnitId, uint? ExpectedVersion) : ICommand<MissionVersionDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditMission;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.UnitId).NotEmpty();
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, MissionVersionDto>
    {
        public async ValueTask<MissionVersionDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var unit = await db.Units.FindOrThrowAsync(command.UnitId, "Unit", cancellationToken);
            unit.EnsureNotClosed(clock.Today());

            var mission = await db.Missions.FindOrThrowAsync(command.UnitId, "Unit", cancellationToken);
            db.ExpectVersion(mission, command.ExpectedVersion);
            var version = mission.Publish(clock.GetUtcNow(), user.DisplayName);
            db.MissionVersions.Add(version);
            await db.SaveChangesAsync(cancellationToken);
            return version.ToDto();
        }
    }
}
