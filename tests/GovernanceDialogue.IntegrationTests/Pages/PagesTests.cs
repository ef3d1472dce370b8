using System.Net;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Pages;

public sealed class PagesTests : IntegrationTest
{
    protected override bool SeedDemoCity => true;

    /// <summary>An administrator who is also executive for the whole city: sees and may do everything on these pages.</summary>
    private async Task SignInAsEditorAsync() => await SignInAsync((Role.Administrator, null), (Role.Executive, await UnitIdAsync("SOLVIK")));

    private Task<Guid> UnitIdAsync(string shortCode) =>
        DbAsync(db => db.Units.Where(u => u.ShortCode == shortCode).Select(u => u.Id).SingleAsync());

    private Task<Guid> AnyUnitIdAsync() =>
        DbAsync(db => db.Units.Where(u => u.Kind == UnitKind.Unit && !db.Units.Any(c => c.ParentId == u.Id)).OrderBy(u => u.Name).Select(u => u.Id).FirstAsync());

    [Fact]
    public async Task EveryPage_AnswersInSwedishByDefault()
    {
        await SignInAsEditorAsync();

        var unit = await AnyUnitIdAsync();
        string[] urls =
        [
            "/", "/units", "/units?q=skola", $"/units/{unit}", $"/units/{unit}/mission/edit", $"/units/{unit}/mission/versions",
            $"/units/{unit}/mission/versions/1", "/units/new", $"/units/new?parentId={unit}", $"/units/{unit}/edit", "/problems",
            "/problems/unit-move-cycle", "/language", "/goal-pictures", "/line-of-sight", "/search?q=trygghet", $"/units/{unit}/goals",
        ];

        foreach (var url in urls)
        {
            var page = await Client.GetPageAsync(url);
            Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
            Assert.NotNull(page.QuerySelector("main h1"));
            Assert.NotNull(page.QuerySelector("a.skip-link[href='#main']"));
        }
    }

    [Fact]
    public async Task StartPage_ShowsThePublishedGoalPictureOfTheCity_ToEveryone()
    {
        var page = await Client.GetPageAsync("/");

        Assert.NotNull(page.QuerySelector(".goal-picture-hero h1"));
        Assert.Equal(5, page.QuerySelectorAll(".goal-picture-hero .themes li").Length);
    }

    [Fact]
    public async Task UnitPage_ShowsTheFiveFingersToItsManager_AndOnlyThePublicPartsToVisitors()
    {
        var unit = await UnitIdAsync("SKOF-SOLB");
        using var manager = await ClientAsync((Role.UnitManager, unit));

        var managed = await manager.GetPageAsync($"/units/{unit}");
        var visitor = await Client.GetPageAsync($"/units/{unit}");

        foreach (var id in new[] { "mission-heading", "goal-picture-heading", "analysis-heading", "goals-heading" })
        {
            Assert.NotNull(managed.GetElementById(id));
        }

        Assert.NotNull(visitor.GetElementById("goal-picture-heading"));
        Assert.Null(visitor.GetElementById("analysis-heading"));
        Assert.Null(visitor.GetElementById("goals-heading"));
    }

    [Fact]
    public async Task GoalsPage_AtTheCap_OffersOnlyToAddByReplacing_AndAReplacementLandsInTheStopLog()
    {
        var unit = await UnitIdAsync("SKOF-SOLB");
        using var manager = await ClientAsync((Role.UnitManager, unit));
        var goals = await manager.GetPageAsync($"/units/{unit}/goals?period=2026");
        var active = goals.QuerySelectorAll("ol.goals > li").Length;
        for (var i = active; i < 5; i++)
        {
            goals = await manager.GetPageAsync($"/units/{unit}/goals?period=2026");
            var filled = await manager.SubmitAsync(goals, "form[action*='handler=Add']", new Dictionary<string, string>
            {
                ["Input.Title"] = $"Extra mål {i}",
                ["Input.Why"] = "V",
                ["Input.Owner"] = "O",
                ["Input.HowWeWillKnow"] = "H",
            });
            Assert.Equal(HttpStatusCode.Redirect, filled.StatusCode);
        }

        goals = await manager.GetPageAsync($"/units/{unit}/goals?period=2026");
        Assert.NotNull(goals.QuerySelector("#ReplaceGoalId"));
        var replaced = goals.QuerySelector("#ReplaceGoalId option")!.TextContent;

        var response = await manager.SubmitAsync(goals, "form[action*='handler=Add']", new Dictionary<string, string>
        {
            ["Input.Title"] = "Ersättande mål",
            ["Input.Why"] = "V",
            ["Input.Owner"] = "O",
            ["Input.HowWeWillKnow"] = "H",
            ["ReplaceGoalId"] = goals.QuerySelector("#ReplaceGoalId option")!.GetAttribute("value")!,
            ["ReplaceReason"] = "Vi prioriterar om.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await manager.GetPageAsync($"/units/{unit}/goals?period=2026");
        Assert.Contains("Vi prioriterar om.", after.GetElementById("stop-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains(replaced.Split(". ", 2)[1], after.GetElementById("stop-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tree_ListsTheAdministrationsOfTheDemoCity()
    {
        var page = await Client.GetPageAsync("/units");

        var links = page.QuerySelectorAll("ul.tree a").Select(a => a.TextContent).ToList();
        Assert.Contains("Skol- och fritidsförvaltningen", links);
        Assert.Contains("Solvik stad", links);
    }

    [Fact]
    public async Task UnknownUnit_ShowsTheFriendly404Page()
    {
        var response = await Client.GetAsync($"/units/{Guid.NewGuid()}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Sidan finns inte", (await response.ParseAsync()).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitPage_OfAClosedUnit_OffersNoEditing_WhileAnOpenOneDoes()
    {
        await SignInAsEditorAsync();
        var (closed, open) = (await UnitIdAsync("SKOF-SOLB"), await UnitIdAsync("SKOF-KULT"));
        await SendAsync(new Core.Features.Units.CloseUnit.Command(closed, Core.Common.CityClock.Today(App.Clock), null));

        var closedPage = await Client.GetPageAsync($"/units/{closed}");
        var openPage = await Client.GetPageAsync($"/units/{open}");

        Assert.Null(closedPage.QuerySelector($"a[href='/units/{closed}/mission/edit']"));
        Assert.NotNull(openPage.QuerySelector($"a[href='/units/{open}/mission/edit']"));
    }

    [Fact]
    public async Task MissionEdit_WithEmptyText_ShowsFormErrorsAndKeepsTheStoredMission()
    {
        await SignInAsEditorAsync();

        var unit = await AnyUnitIdAsync();
        var before = await DbAsync(db => db.Missions.Where(m => m.UnitId == unit).Select(m => m.AssignmentText).SingleAsync());
        var form = await Client.GetPageAsync($"/units/{unit}/mission/edit");

        var response = await Client.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.AssignmentText"] = "   ",
            ["Input.PlainLanguageSummary"] = "Kort.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#Input_AssignmentText']"));
        var textarea = page.QuerySelector("#Input_AssignmentText")!;
        Assert.Equal("true", textarea.GetAttribute("aria-invalid"));
        Assert.Contains("Input_AssignmentText-error", textarea.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Contains("Uppdraget", page.QuerySelector("#Input_AssignmentText-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await DbAsync(db => db.Missions.Where(m => m.UnitId == unit).Select(m => m.AssignmentText).SingleAsync()));
    }

    [Fact]
    public async Task MissionEdit_ThenPublishOnTheUnitPage_CreatesVersion2()
    {
        await SignInAsEditorAsync();

        var unit = await AnyUnitIdAsync();
        var form = await Client.GetPageAsync($"/units/{unit}/mission/edit");

        var saved = await Client.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.AssignmentText"] = "Ett nytt och tydligare uppdrag.",
            ["Input.PlainLanguageSummary"] = "Vi hjälper dig.",
            ["Input.TargetGroups"] = "Barn\nFamiljer",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var unitPage = await Client.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.NotNull(unitPage.QuerySelector("article.draft"));

        var published = await Client.SubmitAsync(unitPage, "article.draft form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var history = await Client.GetPageAsync($"/units/{unit}/mission/versions");
        Assert.Equal("Version 2", history.QuerySelector("tbody tr th")!.TextContent.Trim());
        var stored = await DbAsync(db => db.MissionVersions.Where(v => v.UnitId == unit && v.Number == 2).SingleAsync());
        Assert.Equal(["Barn", "Familjer"], stored.TargetGroups);
    }

    [Fact]
    public async Task MissionEdit_WithAStaleVersion_TellsTheEditorAndKeepsTheOtherEdit()
    {
        await SignInAsEditorAsync();

        var unit = await AnyUnitIdAsync();
        var first = await Client.GetPageAsync($"/units/{unit}/mission/edit");
        var second = await Client.GetPageAsync($"/units/{unit}/mission/edit");
        var won = await Client.SubmitAsync(first, "main form", new Dictionary<string, string>
        {
            ["Input.AssignmentText"] = "Först in.",
            ["Input.PlainLanguageSummary"] = "Först.",
        });
        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);

        var late = await Client.SubmitAsync(second, "main form", new Dictionary<string, string>
        {
            ["Input.AssignmentText"] = "Sist in.",
            ["Input.PlainLanguageSummary"] = "Sist.",
        });

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("Någon annan har ändrat", (await late.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Först in.", await DbAsync(db => db.Missions.Where(m => m.UnitId == unit).Select(m => m.AssignmentText).SingleAsync()));
    }

    [Fact]
    public async Task UnitEdit_MoveUnderOwnChild_ShowsTheRuleAndMovesNothing()
    {
        await SignInAsEditorAsync();

        var administration = await UnitIdAsync("SKOF");
        var city = await UnitIdAsync("SOLVIK");
        var page = await Client.GetPageAsync($"/units/{administration}/edit");

        var response = await Client.SubmitAsync(page, "form[action*='handler=Move']", new Dictionary<string, string> { ["NewParentId"] = administration.ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("under sig själv", (await response.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(city, await DbAsync(db => db.Units.Where(u => u.Id == administration).Select(u => u.ParentId).SingleAsync()));
    }

    [Fact]
    public async Task CreateUnit_UnderAnAdministration_AddsAUnitAndOpensItsPage()
    {
        await SignInAsEditorAsync();

        var administration = await UnitIdAsync("SKOF");
        var page = await Client.GetPageAsync($"/units/new?parentId={administration}");

        var response = await Client.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.Name"] = "Nya förskolan",
            ["Input.ShortCode"] = "skof-nya",
            ["Input.ValidFrom"] = "2026-08-01",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await DbAsync(db => db.Units.SingleAsync(u => u.ShortCode == "SKOF-NYA"));
        Assert.Equal(UnitKind.Unit, created.Kind);
        Assert.Equal(administration, created.ParentId);
    }

    [Fact]
    public async Task LanguageSwitch_ToEnglish_ServesEnglishPagesWithSwedishTermsBeside()
    {
        var start = await Client.GetPageAsync("/units");

        var switched = await Client.SubmitAsync(start, "form.language-switch", new Dictionary<string, string>(), "culture", "en-GB");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/units", switched.Headers.Location!.OriginalString);
        var english = await Client.GetPageAsync("/units");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Administration (förvaltning)", english.QuerySelector("ul.tree")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_RefusesAnExternalReturnUrl()
    {
        var start = await Client.GetPageAsync("/");

        var response = await Client.SubmitAsync(start, "form.language-switch", new Dictionary<string, string> { ["returnUrl"] = "https://evil.example/" }, "culture", "en-GB");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
