using System.Net;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Goals;
using GovernanceDialogue.Core.Features.LineOfSight;
using GovernanceDialogue.Core.Features.Missions;
using GovernanceDialogue.Core.Features.Search;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.IntegrationTests.Infrastructure;

namespace GovernanceDialogue.IntegrationTests.Fingers;

/// <summary>The line of sight from the goal picture to the units' goals, and Swedish full-text search.</summary>
public sealed class LineOfSightAndSearchTests : IntegrationTest
{
    private TestTree tree = default!;
    private GoalPictureDto city = default!;
    private GoalPictureDto school = default!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        tree = await TestTree.CreateAsync(c => SendAsync(c));
        city = await Adopted(tree.City.Id, [new(null, "Trygg", "Trygg stad", null), new(null, "Livfull", "Livfull stad", null), new(null, "Hållbar", "Hållbar stad", null)]);
        var trygg = city.Themes[0].Id;
        school = await Adopted(tree.Administration.Id, [new(null, "Lärande", "Alla lär", trygg), new(null, "Hälsa", "Elevhälsa", trygg), new(null, "Miljö", "Skolmiljö", city.Themes[2].Id)]);
    }

    private async Task<GoalPictureDto> Adopted(Guid unitId, List<ThemeInput> themes)
    {
        var created = await SendAsync(new CreateGoalPicture.Command(unitId, "Vision", "Berättelse om förskolor och skolor", themes));
        return await SendAsync(new PublishGoalPicture.Command((await SendAsync(new AdoptGoalPicture.Command(created.Id, new DateOnly(2026, 1, 1), "Beslut", null, null))).Id, null));
    }

    private Task<GoalDto> Goal(Guid unitId, string title, params Guid[] themes) =>
        SendAsync(new AddGoal.Command(unitId, 2026, title, "För att", null, [], themes, "Chef", "Vi ser det", null));

    [Fact]
    public async Task LineOfSight_LeadsFromEachCityThemeThroughAdministrationsToUnits()
    {
        await Goal(tree.Administration.Id, "Förvaltningens trygghetsmål", city.Themes[0].Id);
        await Goal(tree.Unit.Id, "Trygga raster", school.Themes[0].Id);
        await Goal(tree.SubUnit.Id, "Trygg fritids", school.Themes[1].Id);
        await Goal(tree.OtherUnit.Id, "Utan tema");
        using var politician = await ClientAsync((Role.Politician, tree.City.Id));

        var sight = await (await politician.GetAsync("/api/v1/line-of-sight?period=2026", Cancel)).ReadAsync<GetLineOfSight.Response>();

        var trygg = sight.Themes.Single(t => t.Theme.Name == "Trygg");
        var administration = trygg.Administrations.Single(a => a.Administration.Id == tree.Administration.Id);
        Assert.Equal(["Förvaltningens trygghetsmål"], administration.Goals.Select(g => g.Title));
        Assert.Equal([tree.Unit.Id, tree.SubUnit.Id], administration.Units.Select(u => u.Unit.Id).Order());
        var care = trygg.Administrations.Single(a => a.Administration.Id == tree.OtherAdministration.Id);
        Assert.Equal([tree.OtherUnit.Id], care.UnitsWithoutGoal.Select(u => u.Id));
        Assert.Equal(["Utan tema"], sight.GoalsWithoutTheme.Select(g => g.Title));
        Assert.Empty(sight.Themes.Single(t => t.Theme.Name == "Livfull").Administrations.SelectMany(a => a.Units));
    }

    [Fact]
    public async Task LineOfSight_ForAnAdministration_ShowsOnlyItsPart_AndIsRefusedOutsideTheReadersScope()
    {
        await Goal(tree.Unit.Id, "Trygga raster", school.Themes[0].Id);
        await Goal(tree.OtherUnit.Id, "Trygg hemtjänst", city.Themes[0].Id);
        using var executive = await ClientAsync((Role.Executive, tree.Administration.Id));

        var sight = await (await executive.GetAsync($"/api/v1/line-of-sight?unitId={tree.Administration.Id}&period=2026", Cancel)).ReadAsync<GetLineOfSight.Response>();
        var refused = await executive.GetAsync($"/api/v1/line-of-sight?unitId={tree.City.Id}&period=2026", Cancel);

        Assert.Equal(["Trygga raster"], sight.Themes.SelectMany(t => t.Administrations).SelectMany(a => a.Units).SelectMany(u => u.Goals).Select(g => g.Title));
        await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task LineOfSight_ForTheAllZeroUnitId_Is400NamingUnitId_ForEveryReader()
    {
        using var executive = await ClientAsync((Role.Executive, tree.Administration.Id));
        using var politician = await ClientAsync((Role.Politician, tree.City.Id));
        using var outsider = await ClientAsync();

        var scoped = await (await executive.GetAsync($"/api/v1/line-of-sight?unitId={Guid.Empty}", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        var cityWide = await (await politician.GetAsync($"/api/v1/line-of-sight?unitId={Guid.Empty}", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(scoped.ErrorsFor("unitId"));
        Assert.NotEmpty(cityWide.ErrorsFor("unitId"));
        // Someone who reads goals nowhere is still refused before the input is looked at.
        await (await outsider.GetAsync($"/api/v1/line-of-sight?unitId={Guid.Empty}", Cancel)).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task TheAllZeroUnitId_InARoute_IsAUnitThatDoesNotExist_404ForEveryone()
    {
        using var executive = await ClientAsync((Role.Executive, tree.Administration.Id));
        using var administrator = await ClientAsync((Role.Administrator, null));

        // Not a 403 ("nobody's subtree") for the executive, nor let through to the handler for the administrator.
        await (await executive.GetAsync($"/api/v1/units/{Guid.Empty}/goals", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await administrator.GetAsync($"/api/v1/units/{Guid.Empty}/goals", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task CloseOtherAdministrationAsync()
    {
        await SendAsync(new CloseUnit.Command(tree.OtherUnit.Id, new DateOnly(2025, 1, 1), null));
        await SendAsync(new CloseUnit.Command(tree.OtherAdministration.Id, new DateOnly(2025, 1, 1), null));
    }

    [Fact]
    public async Task LineOfSight_ForAClosedAdministration_IsAValidEmptyAnswer()
    {
        await Goal(tree.OtherUnit.Id, "Trygg hemtjänst", city.Themes[0].Id);
        await CloseOtherAdministrationAsync();
        using var politician = await ClientAsync((Role.Politician, tree.City.Id));

        var sight = await (await politician.GetAsync($"/api/v1/line-of-sight?unitId={tree.OtherAdministration.Id}&period=2026", Cancel)).ReadAsync<GetLineOfSight.Response>();

        Assert.Equal(tree.OtherAdministration.Id, sight.Root.Id);
        Assert.Equal(city.Id, sight.GoalPicture?.Id);
        Assert.Equal(3, sight.Themes.Count);
        Assert.All(sight.Themes, t => Assert.Empty(t.Administrations));
        Assert.Empty(sight.GoalsWithoutTheme);
    }

    [Fact]
    public async Task LineOfSight_ForAnAdministrationNotOpenYet_IsAValidEmptyAnswer()
    {
        var future = await SendAsync(new CreateUnit.Command(UnitKind.Administration, "Framtidsförvaltningen", "FRAMT", tree.City.Id, null, new DateOnly(2099, 1, 1)));
        using var politician = await ClientAsync((Role.Politician, tree.City.Id));

        var sight = await (await politician.GetAsync($"/api/v1/line-of-sight?unitId={future.Id}&period=2026", Cancel)).ReadAsync<GetLineOfSight.Response>();

        Assert.Equal((future.Id, "Framtidsförvaltningen"), (sight.Root.Id, sight.Root.Name));
        Assert.All(sight.Themes, t => Assert.Empty(t.Administrations));
        Assert.Empty(sight.GoalsWithoutTheme);
    }

    [Fact]
    public async Task TheDefaultCity_IsTheOldestOpenOne_NotAnOlderClosedCity()
    {
        var old = await SendAsync(new CreateUnit.Command(UnitKind.City, "Gamla staden", "GAMLA", null, null, new DateOnly(2000, 1, 1)));
        await SendAsync(new CloseUnit.Command(old.Id, new DateOnly(2010, 1, 1), null));
        using var politician = await ClientAsync((Role.Politician, tree.City.Id));

        var sight = await politician.GetAsync("/api/v1/line-of-sight?period=2026", Cancel);
        var current = await Client.GetAsync("/api/v1/goal-pictures/current", Cancel);

        Assert.Equal(tree.City.Id, (await sight.ReadAsync<GetLineOfSight.Response>()).Root.Id);
        Assert.Equal(city.Id, (await current.ReadAsync<GoalPictureDto>()).Id);
    }

    [Fact]
    public async Task Search_LeavesClosedUnitsOut()
    {
        var mission = await SendAsync(new GetMission.Query(tree.OtherUnit.Id));
        await SendAsync(new SaveMissionDraft.Command(tree.OtherUnit.Id, mission.Version, "Hemtjänst med trygghetslarm dygnet runt.", "Trygghetslarm.", [], null));
        await SendAsync(new PublishMission.Command(tree.OtherUnit.Id, null));
        await Goal(tree.OtherUnit.Id, "Trygghetslarm som fungerar", city.Themes[0].Id);
        using var politician = await ClientAsync((Role.Politician, tree.City.Id));
        var before = await (await politician.GetAsync("/api/v1/search?q=trygghetslarm", Cancel)).ReadAsync<PagedList<Search.SearchHit>>();

        await CloseOtherAdministrationAsync();
        var after = await (await politician.GetAsync("/api/v1/search?q=trygghetslarm", Cancel)).ReadAsync<PagedList<Search.SearchHit>>();

        Assert.Equal([SearchHitKind.Mission, SearchHitKind.Goal], before.Items.Select(h => h.Kind).Order());
        Assert.True(after.Items.Count == 0, string.Join(", ", after.Items.Select(h => $"{h.Kind} {h.UnitName} {h.Title}")));
        Assert.Equal(0, after.TotalCount);
    }

    [Fact]
    public async Task Search_FindsSwedishWordForms_RankedWithHighlightedSnippets()
    {
        var mission = await SendAsync(new GetMission.Query(tree.Unit.Id));
        await SendAsync(new SaveMissionDraft.Command(tree.Unit.Id, mission.Version, "Ekskolan driver förskolor & en grundskola <script>.", "Vi tar hand om barnen.", [], null));
        await SendAsync(new PublishMission.Command(tree.Unit.Id, null));

        var hits = await (await Client.GetAsync("/api/v1/search?q=f%C3%B6rskola", Cancel)).ReadAsync<PagedList<Search.SearchHit>>();

        var hit = Assert.Single(hits.Items, h => h.Kind == SearchHitKind.Mission);
        Assert.Equal(tree.Unit.Id, hit.UnitId);
        Assert.True(hit.SnippetHtml.Contains("<mark>förskolor</mark>", StringComparison.Ordinal), hit.SnippetHtml);
        Assert.DoesNotContain("<script>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("&amp;", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ShowsDraftsAndGoalsOnlyToThoseWhoMayReadThem()
    {
        var mission = await SendAsync(new GetMission.Query(tree.Unit.Id));
        await SendAsync(new SaveMissionDraft.Command(tree.Unit.Id, mission.Version, "Hemligt utkast om simundervisning.", "Utkast.", [], null));
        await Goal(tree.Unit.Id, "Simkunnighet för alla elever", school.Themes[0].Id);
        using var manager = await ClientAsync((Role.UnitManager, tree.Unit.Id));
        using var otherManager = await ClientAsync((Role.UnitManager, tree.OtherUnit.Id));

        var anonymous = await (await Client.GetAsync("/api/v1/search?q=simkunnighet%20OR%20simundervisning", Cancel)).ReadAsync<PagedList<Search.SearchHit>>();
        var own = await (await manager.GetAsync("/api/v1/search?q=simkunnighet%20OR%20simundervisning", Cancel)).ReadAsync<PagedList<Search.SearchHit>>();
        var other = await (await otherManager.GetAsync("/api/v1/search?q=simkunnighet%20OR%20simundervisning", Cancel)).ReadAsync<PagedList<Search.SearchHit>>();

        Assert.Empty(anonymous.Items);
        Assert.Equal([SearchHitKind.MissionDraft, SearchHitKind.Goal], own.Items.Select(h => h.Kind).Order());
        Assert.Empty(other.Items);
    }

    [Fact]
    public async Task Search_WithATooShortQuery_Returns400()
    {
        await (await Client.GetAsync("/api/v1/search?q=a", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Search_FindsThePublishedGoalPicture_ForEveryone()
    {
        var hits = await (await Client.GetAsync("/api/v1/search?q=skolor", Cancel)).ReadAsync<PagedList<Search.SearchHit>>();

        Assert.Contains(hits.Items, h => h.Kind == SearchHitKind.GoalPicture && h.Id == city.Id);
    }
}
