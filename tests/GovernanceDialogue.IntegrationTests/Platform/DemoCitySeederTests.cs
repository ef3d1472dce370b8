using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Demo;
using GovernanceDialogue.Core.Domain.Dialogues;
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

    [Fact]
    public async Task Seed_GivesAClosedPastCycleAndAnOpenOneJustPastItsDeadline()
    {
        await SeedAsync();

        var cycles = await DbAsync(db => db.Cycles.OrderBy(c => c.OpensOn).ToListAsync());
        Assert.Equal([CycleStatus.Closed, CycleStatus.Open], cycles.Select(c => c.Status));
        var (past, current) = (cycles[0], cycles[1]);
        Assert.True(current.PreparationDueOn < App.Clock.Today() && App.Clock.Today() < current.ClosesOn);
        Assert.Equal(2, (await DbAsync(db => db.WheelSchedules.SingleAsync())).Entries.Count);

        var units = await DbAsync(db => db.Units.CountAsync(u => u.Kind == UnitKind.Unit));
        Assert.Equal(units, await DbAsync(db => db.Dialogues.CountAsync(d => d.CycleId == past.Id && d.Status == DialogueStatus.Closed)));
        Assert.NotEmpty(await DbAsync(db => db.CycleRollups.Where(r => r.CycleId == past.Id).ToListAsync()));
        var openAgreements = await DbAsync(db => db.Agreements.CountAsync(a => a.CycleId == past.Id && a.Status == AgreementStatus.Open));
        Assert.InRange(openAgreements, 1, units * 2);
        Assert.Equal(openAgreements, await DbAsync(db => db.Dialogues.Where(d => d.CycleId == current.Id).SelectMany(d => d.FollowUps).CountAsync()));

        async Task<Dialogue> Of(string code) => await DbAsync(db => db.Dialogues.SingleAsync(d => d.CycleId == current.Id && db.Units.Any(u => u.Id == d.UnitId && u.ShortCode == code)));
        var solbacken = await Of(DemoDialoguesSeeder.PreparingUnit);
        Assert.Equal(DialogueStatus.Preparing, solbacken.Status);
        Assert.NotNull(solbacken.OverdueSince);
        Assert.NotEmpty(solbacken.Answers);
        Assert.Contains(solbacken.Goals, g => g.Assessment is null);
        foreach (var code in DemoDialoguesSeeder.SubmittedUnits)
        {
            Assert.Equal(DialogueStatus.Submitted, (await Of(code)).Status);
        }

        foreach (var code in DemoDialoguesSeeder.HeldUnits)
        {
            Assert.Equal(DialogueStatus.Held, (await Of(code)).Status);
        }
    }

    [Fact]
    public async Task Seed_PublishesThePastCyclesSummaries_AndLeavesTheOpenCyclesCityDraft()
    {
        await SeedAsync();

        var past = await DbAsync(db => db.Cycles.SingleAsync(c => c.Status == CycleStatus.Closed));
        var published = await DbAsync(db => db.Summaries.Where(s => s.CycleId == past.Id).ToListAsync());
        Assert.Equal(1 + DemoCity.Load().Administrations.Count, published.Count);
        Assert.All(published, s => Assert.Equal((1, false), (s.LatestVersion, s.ChangedSincePublished)));
        Assert.All(published, s => Assert.Single(s.Quotes));
        Assert.All(published, s => Assert.Contains($"{s.Facts.Figures.AgreementsMade} överenskommelser", s.Highlights[1], StringComparison.Ordinal));
        Assert.Equal([past.ScopeUnitId], published.Where(s => s.Narrative.Contains("stadens enheter", StringComparison.Ordinal)).Select(s => s.UnitId));
        var draft = await DbAsync(db => db.Summaries.SingleAsync(s => s.CycleId != past.Id));
        Assert.Equal((0, ""), (draft.LatestVersion, draft.Narrative));
    }

    private async Task SeedAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoCitySeeder>().SeedIfEmptyAsync(Cancel);
    }
}
