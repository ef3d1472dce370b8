using System.Net;
using GovernanceDialogue.Core.Domain.Goals;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Goals;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Fingers;

/// <summary>Finger 4: few prioritised goals — the cap, replacement, ranks, achieve, drop, the stop log.</summary>
public sealed class GoalTests : IntegrationTest
{
    private TestTree tree = default!;
    private GoalPictureDto city = default!;

    private static readonly List<ThemeInput> Themes =
        [new(null, "Trygg", "Trygg stad", null), new(null, "Livfull", "Livfull stad", null), new(null, "Hållbar", "Hållbar stad", null)];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        tree = await TestTree.CreateAsync(c => SendAsync(c));
        var created = await SendAsync(new CreateGoalPicture.Command(tree.City.Id, "Vision", "Berättelse", Themes));
        city = await SendAsync(new AdoptGoalPicture.Command(created.Id, new DateOnly(2026, 1, 1), "KF § 1", null, null));
        await SignInAsync((Role.UnitManager, tree.Unit.Id));
    }

    private string Url => $"/api/v1/units/{tree.Unit.Id}/goals";

    private Task<HttpResponseMessage> AddAsync(string title, object? replaces = null, Guid[]? themes = null) =>
        Client.PostJsonAsync(Url, new
        {
            period = 2026,
            title,
            why = "Analysen visar otrygghet.",
            themeIds = themes ?? [city.Themes[0].Id],
            owner = "Rektor",
            howWeWillKnow = "Fler elever säger att de känner sig trygga.",
            replaces,
        });

    private async Task<List<GoalDto>> FiveAsync()
    {
        var goals = new List<GoalDto>();
        for (var i = 1; i <= 5; i++)
        {
            goals.Add(await (await AddAsync($"Mål {i}")).ReadAsync<GoalDto>());
        }

        return goals;
    }

    [Fact]
    public async Task ASixthGoal_AtTheDefaultCap_Returns409AndStoresNothing()
    {
        var goals = await FiveAsync();
        Assert.Equal([1, 2, 3, 4, 5], goals.Select(g => g.Rank!.Value));

        var sixth = await AddAsync("Mål 6");

        var problem = await sixth.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/goal-cap-reached");
        Assert.Equal("goal-cap-reached", problem.GetProperty("rule").GetString());
        Assert.Equal(5, await DbAsync(db => db.Goals.CountAsync()));
    }

    [Fact]
    public async Task ASixthGoal_ThatReplacesAnother_DropsItIntoTheStopLog()
    {
        var goals = await FiveAsync();

        var sixth = await AddAsync("Mål 6", new { goalId = goals[1].Id, reason = "Vi satsar hellre på trygghet." });

        var added = await sixth.ReadAsync<GoalDto>();
        Assert.Equal(5, added.Rank);
        var listed = await (await Client.GetAsync($"{Url}?period=2026", Cancel)).ReadAsync<ListGoals.Response>();
        Assert.Equal(["Mål 1", "Mål 3", "Mål 4", "Mål 5", "Mål 6"], listed.Goals.Where(g => g.Status == GoalStatus.Active).Select(g => g.Title));
        Assert.Equal(GoalStatus.Dropped, listed.Goals.Single(g => g.Id == goals[1].Id).Status);
        var stopped = await (await Client.GetAsync($"/api/v1/units/{tree.Unit.Id}/stopped", Cancel)).ReadAsync<List<StopLogEntryDto>>();
        Assert.Equal(("Mål 2", "Vi satsar hellre på trygghet."), (stopped.Single().Title, stopped.Single().Reason));
    }

    [Fact]
    public async Task ConcurrentAdds_AtTheLastFreePlace_OnlyOneSucceeds()
    {
        for (var i = 1; i <= 4; i++)
        {
            await AddAsync($"Mål {i}");
        }

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => AddAsync($"Samtidigt {i}")));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            // The set is locked while one add runs, so the others see five goals: the cap, not a lost race.
            await refused.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/goal-cap-reached");
        }

        Assert.Equal(5, await DbAsync(db => db.Goals.CountAsync(g => g.Status == GoalStatus.Active)));
    }

    [Fact]
    public async Task AGoalLinkedToAThemeOfAnotherCity_Returns409()
    {
        var otherCity = await SendAsync(new CreateUnit.Command(UnitKind.City, "Grannby", "GRANN", null, null, new DateOnly(2020, 1, 1)));
        var foreign = await SendAsync(new CreateGoalPicture.Command(otherCity.Id, "Annan vision", "Annan", Themes));
        await SendAsync(new AdoptGoalPicture.Command(foreign.Id, new DateOnly(2026, 1, 1), "KF § 2", null, null));

        var response = await AddAsync("Fel stad", themes: [foreign.Themes[0].Id]);

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/goal-theme-invalid");
        Assert.Equal(0, await DbAsync(db => db.Goals.CountAsync()));
    }

    [Fact]
    public async Task TheCap_IsConfigurablePerCity()
    {
        await SendAsync(new SetGoalPolicy.Command(tree.City.Id, 2));
        await AddAsync("Ett");
        await AddAsync("Två");

        await (await AddAsync("Tre")).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/goal-cap-reached");
        Assert.Equal(2, (await (await Client.GetAsync(Url, Cancel)).ReadAsync<ListGoals.Response>()).Cap);
    }

    [Fact]
    public async Task Rank_MovesAGoal_AndTheOthersCloseUp()
    {
        var goals = await FiveAsync();

        var order = await (await Client.PostJsonAsync($"{Url}/{goals[4].Id}/rank", new { rank = 1 })).ReadAsync<List<GoalDto>>();

        Assert.Equal(["Mål 5", "Mål 1", "Mål 2", "Mål 3", "Mål 4"], order.Select(g => g.Title));
        Assert.Equal([1, 2, 3, 4, 5], order.Select(g => g.Rank!.Value));
    }

    [Fact]
    public async Task Achieve_AndDrop_CloseTheGoalWithAReflection_AndFreeItsPlace()
    {
        var goals = await FiveAsync();

        var achieved = await (await Client.PostJsonAsync($"{Url}/{goals[0].Id}/achieve", new { reflection = "Rastvärdarna gjorde skillnad." })).ReadAsync<GoalDto>();
        var dropped = await (await Client.PostJsonAsync($"{Url}/{goals[1].Id}/drop", new { reason = "Inte längre prioriterat.", reflection = "Vi lärde oss mycket." })).ReadAsync<GoalDto>();

        Assert.Equal((GoalStatus.Achieved, (int?)null, "Rastvärdarna gjorde skillnad."), (achieved.Status, achieved.Rank, achieved.Reflection));
        Assert.Equal(GoalStatus.Dropped, dropped.Status);
        await (await Client.PostJsonAsync($"{Url}/{goals[0].Id}/drop", new { reason = "Igen" })).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/goal-not-active");
        Assert.Equal(HttpStatusCode.Created, (await AddAsync("Nytt")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await AddAsync("Nytt igen")).StatusCode);
    }

    [Fact]
    public async Task Update_WithAStaleETag_Returns412()
    {
        var created = await AddAsync("Mål");
        var goal = await created.ReadAsync<GoalDto>();
        object Body(string title) => new { period = 2026, title, why = "V", themeIds = new[] { city.Themes[0].Id }, owner = "O", howWeWillKnow = "H" };
        (await Client.PutJsonAsync($"{Url}/{goal.Id}", Body("Först"), created.ETagOf())).EnsureSuccessStatusCode();

        await (await Client.PutJsonAsync($"{Url}/{goal.Id}", Body("Sist"), created.ETagOf())).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("Först", await DbAsync(db => db.Goals.Select(g => g.Title).SingleAsync()));
    }

    [Fact]
    public async Task AchieveDropAndRank_WithAStaleETag_Return412_AndChangeNothing()
    {
        var created = await AddAsync("Mål");
        var goal = await created.ReadAsync<GoalDto>();
        await AddAsync("Mål 2");
        object Body(string title) => new { period = 2026, title, why = "V", themeIds = new[] { city.Themes[0].Id }, owner = "O", howWeWillKnow = "H" };
        (await Client.PutJsonAsync($"{Url}/{goal.Id}", Body("Ändrat"), created.ETagOf())).EnsureSuccessStatusCode();

        await (await Client.PostJsonAsync($"{Url}/{goal.Id}/achieve", new { reflection = "R" }, created.ETagOf())).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await Client.PostJsonAsync($"{Url}/{goal.Id}/drop", new { reason = "S" }, created.ETagOf())).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await Client.PostJsonAsync($"{Url}/{goal.Id}/rank", new { rank = 2 }, created.ETagOf())).AssertProblemAsync(HttpStatusCode.PreconditionFailed);

        var stored = await DbAsync(db => db.Goals.SingleAsync(g => g.Id == goal.Id));
        Assert.Equal((GoalStatus.Active, 1), (stored.Status, stored.Rank!.Value));
        Assert.Equal(0, await DbAsync(db => db.StopLog.CountAsync()));
        var current = await Client.GetAsync($"{Url}/{goal.Id}", Cancel);
        var achieved = await Client.PostJsonAsync($"{Url}/{goal.Id}/achieve", new { reflection = "R" }, current.ETagOf());
        Assert.Equal(HttpStatusCode.OK, achieved.StatusCode);
        Assert.NotEqual(current.ETagOf(), achieved.ETagOf());
    }

    [Fact]
    public async Task EvidenceFromAnotherUnitsAnalysis_Returns400()
    {
        var other = await SendAsync(new Core.Features.Analyses.CreateAnalysis.Command(tree.OtherUnit.Id, 2026));
        var observation = await SendAsync(new Core.Features.Analyses.AddObservation.Command(tree.OtherUnit.Id, other.Id, "T", 1, null, "2025", "Egen", null, null, null, null, null));

        var response = await Client.PostJsonAsync(Url, new
        {
            period = 2026,
            title = "Mål",
            why = "V",
            themeIds = new[] { city.Themes[0].Id },
            owner = "O",
            howWeWillKnow = "H",
            evidenceIds = new[] { observation.Id },
        });

        Assert.NotEmpty((await response.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("evidenceIds[0]"));
    }

    [Fact]
    public async Task AClosedUnitsGoals_CannotBeChanged_RankedAchievedOrDropped_AndNothingIsStored()
    {
        var first = await AddAsync("Mål 1");
        var etag = first.ETagOf();
        var goal = await first.ReadAsync<GoalDto>();
        var second = await (await AddAsync("Mål 2")).ReadAsync<GoalDto>();
        await SendAsync(new CloseUnit.Command(tree.SubUnit.Id, new DateOnly(2025, 1, 1), null));
        await SendAsync(new CloseUnit.Command(tree.Unit.Id, new DateOnly(2025, 1, 1), null));
        var before = await DbAsync(db => db.Goals.AsNoTracking().OrderBy(g => g.Id).Select(g => new { g.Id, g.Title, g.Rank, g.Status, g.Version }).ToListAsync());

        var responses = new[]
        {
            await Client.PutJsonAsync($"{Url}/{goal.Id}", new { title = "Ändrat", why = "V", owner = "O", howWeWillKnow = "H" }, etag),
            await Client.PostJsonAsync($"{Url}/{second.Id}/rank", new { rank = 1 }),
            await Client.PostJsonAsync($"{Url}/{goal.Id}/achieve", new { reflection = "R" }),
            await Client.PostJsonAsync($"{Url}/{goal.Id}/drop", new { reason = "S" }),
        };

        foreach (var response in responses)
        {
            await response.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/unit-closed");
        }

        var after = await DbAsync(db => db.Goals.AsNoTracking().OrderBy(g => g.Id).Select(g => new { g.Id, g.Title, g.Rank, g.Status, g.Version }).ToListAsync());
        Assert.Equal(before, after);
        Assert.Equal(0, await DbAsync(db => db.StopLog.CountAsync()));
        Assert.False((await (await Client.GetAsync(Url, Cancel)).ReadAsync<ListGoals.Response>()).CanEdit);
    }

    [Fact]
    public async Task TheGoalPolicy_OfAnAdministrationOrAUnit_IsItsCitysPolicy()
    {
        await SendAsync(new SetGoalPolicy.Command(tree.City.Id, 3));
        using var anonymous = App.CreateClient();

        var city = await anonymous.GetAsync($"/api/v1/units/{tree.City.Id}/goal-policy", Cancel);
        var administration = await anonymous.GetAsync($"/api/v1/units/{tree.Administration.Id}/goal-policy", Cancel);
        var unit = await anonymous.GetAsync($"/api/v1/units/{tree.SubUnit.Id}/goal-policy", Cancel);

        Assert.Equal((tree.City.Id, 3), await PolicyAsync(administration));
        Assert.Equal((tree.City.Id, 3), await PolicyAsync(unit));
        Assert.Equal(city.ETagOf(), administration.ETagOf());
    }

    private static async Task<(Guid CityId, int Cap)> PolicyAsync(HttpResponseMessage response)
    {
        var policy = await response.ReadAsync<SetGoalPolicy.Response>();
        return (policy.CityId, policy.Cap);
    }

    [Fact]
    public async Task SettingTheGoalPolicy_IsForAdministratorsOnly_NotForWriteTokensOrExecutives()
    {
        using var token = await TokenClientAsync(["read", "write"], tree.City.Id);
        using var executive = await ClientAsync((Role.Executive, tree.City.Id));
        using var administrator = await ClientAsync((Role.Administrator, null));
        var url = $"/api/v1/units/{tree.City.Id}/goal-policy";

        await (await token.PutJsonAsync(url, new { cap = 3 }, "*")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await executive.PutJsonAsync(url, new { cap = 3 }, "*")).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, await DbAsync(db => db.GoalPolicies.CountAsync()));

        Assert.Equal((tree.City.Id, 3), await PolicyAsync(await administrator.PutJsonAsync(url, new { cap = 3 }, "*")));
    }

    [Fact]
    public async Task SettingTheGoalPolicy_RequiresIfMatch_AndRefusesAStaleOne()
    {
        using var administrator = await ClientAsync((Role.Administrator, null));
        var url = $"/api/v1/units/{tree.City.Id}/goal-policy";
        var read = await administrator.GetAsync(url, Cancel);
        var defaultETag = read.ETagOf();

        await (await administrator.PutJsonAsync(url, new { cap = 3 })).AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await administrator.PutJsonAsync(url, new { cap = 3 }, "\"abc\"")).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var first = await administrator.PutJsonAsync(url, new { cap = 3 }, defaultETag);
        var second = await administrator.PutJsonAsync(url, new { cap = 4 }, defaultETag);

        Assert.Equal((tree.City.Id, 3), await PolicyAsync(first));
        Assert.NotEqual(defaultETag, first.ETagOf());
        await second.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "/problems/precondition-failed");
        var again = await administrator.GetAsync(url, Cancel);
        Assert.Equal(first.ETagOf(), again.ETagOf());
        Assert.Equal((tree.City.Id, 3), await PolicyAsync(again));

        var third = await administrator.PutJsonAsync(url, new { cap = 4 }, first.ETagOf());
        await (await administrator.PutJsonAsync(url, new { cap = 5 }, first.ETagOf())).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal((tree.City.Id, 4), await PolicyAsync(third));
        Assert.Equal(4, await DbAsync(db => db.GoalPolicies.Select(p => p.Cap).SingleAsync()));
    }

    [Fact]
    public async Task SettingTheGoalPolicy_OfANonCity_Returns409GoalPolicyCity()
    {
        using var administrator = await ClientAsync((Role.Administrator, null));

        var response = await administrator.PutJsonAsync($"/api/v1/units/{tree.Administration.Id}/goal-policy", new { cap = 3 }, "*");

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/goal-policy-city");
        Assert.Equal("goal-policy-city", problem.GetProperty("rule").GetString());
        Assert.Equal(0, await DbAsync(db => db.GoalPolicies.CountAsync()));
    }
}
