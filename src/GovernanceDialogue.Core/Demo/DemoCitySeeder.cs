using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.Missions;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GovernanceDialogue.Core.Demo;

/// <summary>
/// Seeds the demo city into an empty database through the same commands the API uses, in one transaction: a crash
/// half-way leaves nothing, so the next start seeds again.
/// </summary>
public sealed class DemoCitySeeder(AppDbContext db, ISender sender, CurrentUser currentUser, ILogger<DemoCitySeeder> logger)
{
    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Units.AnyAsync(cancellationToken))
        {
            return;
        }

        currentUser.SetSystem();
        var city = DemoCity.Load();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cityId = await CreateAsync(city.City, UnitKind.City, null, cancellationToken);
        foreach (var administration in city.Administrations)
        {
            var administrationId = await CreateAsync(administration, UnitKind.Administration, cityId, cancellationToken);
            foreach (var unit in administration.Units)
            {
                await CreateAsync(unit, UnitKind.Unit, administrationId, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded the demo city {City} with {Count} units", city.City.Name, city.AllUnits().Count());
    }

    private async Task<Guid> CreateAsync(DemoUnit demo, UnitKind kind, Guid? parentId, CancellationToken cancellationToken)
    {
        var unit = await sender.Send(
            new CreateUnit.Command(kind, demo.Name, demo.ShortCode, parentId, demo.ExternalId, demo.ValidFrom), cancellationToken);
        var mission = await sender.Send(new GetMission.Query(unit.Id), cancellationToken);
        var m = demo.Mission;
        await sender.Send(
            new SaveMissionDraft.Command(unit.Id, mission.Version, m.AssignmentText, m.PlainLanguageSummary, m.TargetGroups, m.Basis),
            cancellationToken);
        await sender.Send(new PublishMission.Command(unit.Id, null), cancellationToken);
        return unit.Id;
    }
}
