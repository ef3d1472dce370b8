using System.Net;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Core.Persistence;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.IntegrationTests.Platform;

/// <summary>
/// A write that loses a race: 412 only for a caller who stated the version it changes (If-Match), otherwise 409
/// <c>concurrent-change</c>. Either way nothing of the loser is stored.
/// </summary>
public sealed class ConcurrencyTests : IntegrationTest
{
    private TestTree tree = default!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        tree = await TestTree.CreateAsync(c => SendAsync(c));
    }

    private static object[] Themes() =>
    [
        new { name = "Trygg", description = "En trygg stad." },
        new { name = "Livfull", description = "En livfull stad." },
        new { name = "Hållbar", description = "En hållbar stad." },
    ];

    /// <summary>Loads the unit in the app's own context, lets someone else update it, then saves a change of our own.</summary>
    private async Task<Exception> LoseARaceAsync(bool withExpectedVersion)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var unit = await db.Units.SingleAsync(u => u.Id == tree.Unit.Id, Cancel);
        if (withExpectedVersion)
        {
            db.ExpectVersion(unit, unit.Version);
        }

        await using (var other = Database.CreateContext())
        {
            var same = await other.Units.SingleAsync(u => u.Id == tree.Unit.Id, Cancel);
            same.Update("Någon annans namn", same.ShortCode, same.ExternalId, same.ValidFrom);
            await other.SaveChangesAsync(Cancel);
        }

        unit.Update("Mitt namn", unit.ShortCode, unit.ExternalId, unit.ValidFrom);
        return await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync(Cancel));
    }

    [Fact]
    public async Task ALostRace_WithoutAnExpectedVersion_IsAConcurrentChange()
    {
        var refused = await LoseARaceAsync(withExpectedVersion: false);

        Assert.Equal(DomainRules.ConcurrentChange, Assert.IsType<DomainRuleException>(refused).Rule);
        Assert.Equal("Någon annans namn", await DbAsync(db => db.Units.Where(u => u.Id == tree.Unit.Id).Select(u => u.Name).SingleAsync()));
    }

    [Fact]
    public async Task ALostRace_WithAnExpectedVersion_IsAFailedPrecondition()
    {
        var refused = await LoseARaceAsync(withExpectedVersion: true);

        Assert.IsType<PreconditionFailedException>(refused);
        Assert.Equal("Någon annans namn", await DbAsync(db => db.Units.Where(u => u.Id == tree.Unit.Id).Select(u => u.Name).SingleAsync()));
    }

    [Fact]
    public async Task ParallelAdoptions_WithoutIfMatch_OneWins_AndTheOthersGet409_Not412()
    {
        await SignInAsync((Role.Executive, tree.City.Id));
        var draft = await (await Client.PostJsonAsync("/api/v1/goal-pictures", new { unitId = tree.City.Id, vision = "V", narrative = "N", themes = Themes() }))
            .ReadAsync<GoalPictureDto>();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(i =>
            Client.PostJsonAsync($"/api/v1/goal-pictures/{draft.Id}/adopt", new { decisionDate = "2026-03-15", decisionReference = $"KF § {i}" })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            var problem = await loser.AssertProblemAsync(HttpStatusCode.Conflict);
            Assert.True(problem.GetProperty("rule").GetString() is DomainRules.ConcurrentChange or DomainRules.GoalPictureNotDraft, problem.ToString());
        }
    }

    [Fact]
    public async Task ParallelAdoptions_WithTheSameIfMatch_OneWins_AndTheOthersGet412()
    {
        await SignInAsync((Role.Executive, tree.City.Id));
        var created = await Client.PostJsonAsync("/api/v1/goal-pictures", new { unitId = tree.City.Id, vision = "V", narrative = "N", themes = Themes() });
        var etag = created.ETagOf();
        var draft = await created.ReadAsync<GoalPictureDto>();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(i =>
            Client.PostJsonAsync($"/api/v1/goal-pictures/{draft.Id}/adopt", new { decisionDate = "2026-03-15", decisionReference = $"KF § {i}" }, etag)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await loser.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "/problems/precondition-failed");
        }
    }
}
