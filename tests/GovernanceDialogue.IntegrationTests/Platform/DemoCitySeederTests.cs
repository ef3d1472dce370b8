using GovernanceDialogue.Core.Demo;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.IntegrationTests.Platform;

public sealed class DemoCitySeederTests : IntegrationTest
{
    [Fact]
    public async Task Seed_CreatesTheDemoCityWithAPublishedMissionForEveryUnit()
    {
        await SeedAsync();

        var demo = DemoCity.Load();
        Assert.Equal(1, await DbAsync(db => db.Units.CountAsync(u => u.Kind == UnitKind.City)));
        Assert.Equal(demo.Administrations.Count, await DbAsync(db => db.Units.CountAsync(u => u.Kind == UnitKind.Administration)));
        Assert.InRange(demo.Administrations.Count, 5, 6);
        var units = await DbAsync(db => db.Units.CountAsync());
        Assert.InRange(units, 38, 45);
        Assert.Equal(units, await DbAsync(db => db.MissionVersions.Select(v => v.UnitId).Distinct().CountAsync()));
    }

    [Fact]
    public async Task Seed_Twice_AddsNothing()
    {
        await SeedAsync();
        var before = await DbAsync(db => db.Units.CountAsync());

        await SeedAsync();

        Assert.Equal(before, await DbAsync(db => db.Units.CountAsync()));
        Assert.Equal(before, await DbAsync(db => db.MissionVersions.CountAsync()));
    }

    private async Task SeedAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoCitySeeder>().SeedIfEmptyAsync(Cancel);
    }
}
