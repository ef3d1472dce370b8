using System.Net;
using GovernanceDialogue.Core.Domain.GoalPictures;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Fingers;

/// <summary>Finger 2: the goal picture — draft, adopted by a decision, published; one current per scope.</summary>
public sealed class GoalPictureTests : IntegrationTest
{
    private TestTree tree = default!;

    private static object[] Themes(Guid? cityTheme = null) =>
    [
        new { name = "Trygg", description = "En trygg stad för alla.", cityThemeId = cityTheme },
        new { name = "Livfull", description = "Mötesplatser och kultur.", cityThemeId = cityTheme },
        new { name = "Hållbar", description = "Klimat och ekonomi i balans.", cityThemeId = cityTheme },
    ];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        tree = await TestTree.CreateAsync(c => SendAsync(c));
        await SignInAsync((Role.Executive, tree.City.Id));
    }

    private async Task<HttpResponseMessage> CreateAsync(Guid unitId, object[] themes) =>
        await Client.PostJsonAsync("/api/v1/goal-pictures", new { unitId, vision = "Staden som vill och vågar", narrative = "Vi bygger staden tillsammans.", themes });

    private async Task<GoalPictureDto> AdoptedCityPictureAsync()
    {
        var created = await (await CreateAsync(tree.City.Id, Themes())).ReadAsync<GoalPictureDto>();
        (await Client.PostJsonAsync($"/api/v1/goal-pictures/{created.Id}/adopt", new { decisionDate = "2026-03-15", decisionReference = "KF 2026-03-15 § 42" })).EnsureSuccessStatusCode();
        return await (await Client.PostJsonAsync($"/api/v1/goal-pictures/{created.Id}/publish", null)).ReadAsync<GoalPictureDto>();
    }

    [Fact]
    public async Task Draft_Adopt_Publish_MakesItThePublicCurrentGoalPicture()
    {
        using var anonymous = App.CreateClient();
        var created = await (await CreateAsync(tree.City.Id, Themes())).ReadAsync<GoalPictureDto>();
        Assert.Equal(GoalPictureStatus.Draft, created.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/goal-pictures/current", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/goal-pictures/{created.Id}", Cancel)).StatusCode);

        var adopted = await (await Client.PostJsonAsync($"/api/v1/goal-pictures/{created.Id}/adopt", new { decisionDate = "2026-03-15", decisionReference = "KF 2026-03-15 § 42" })).ReadAsync<GoalPictureDto>();
        Assert.Equal(GoalPictureStatus.Adopted, adopted.Status);
        Assert.Equal("KF 2026-03-15 § 42", adopted.DecisionReference);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/goal-pictures/current", Cancel)).StatusCode);

        (await Client.PostJsonAsync($"/api/v1/goal-pictures/{created.Id}/publish", null)).EnsureSuccessStatusCode();
        var current = await (await anonymous.GetAsync("/api/v1/goal-pictures/current", Cancel)).ReadAsync<GoalPictureDto>();
        Assert.Equal(created.Id, current.Id);
        Assert.Equal(["Trygg", "Livfull", "Hållbar"], current.Themes.Select(t => t.Name));
    }

    [Fact]
    public async Task SecondAdoption_WithoutNamingTheCurrentOne_Returns409AndChangesNothing()
    {
        var first = await AdoptedCityPictureAsync();
        var second = await (await CreateAsync(tree.City.Id, Themes())).ReadAsync<GoalPictureDto>();

        var refused = await Client.PostJsonAsync($"/api/v1/goal-pictures/{second.Id}/adopt", new { decisionDate = "2027-03-15", decisionReference = "KF 2027-03-15 § 9" });

        await refused.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/goal-picture-already-adopted");
        var statuses = await DbAsync(db => db.GoalPictures.ToDictionaryAsync(g => g.Id, g => g.Status));
        Assert.Equal(GoalPictureStatus.Published, statuses[first.Id]);
        Assert.Equal(GoalPictureStatus.Draft, statuses[second.Id]);
    }

    [Fact]
    public async Task Adoption_NamingTheCurrentOne_SupersedesIt_AndKeepsBothVersions()
    {
        var first = await AdoptedCityPictureAsync();
        var second = await (await CreateAsync(tree.City.Id, Themes())).ReadAsync<GoalPictureDto>();

        var adopted = await Client.PostJsonAsync($"/api/v1/goal-pictures/{second.Id}/adopt", new { decisionDate = "2027-03-15", decisionReference = "KF 2027-03-15 § 9", replacesId = first.Id });

        Assert.Equal(GoalPictureStatus.Adopted, (await adopted.ReadAsync<GoalPictureDto>()).Status);
        var versions = await (await Client.GetAsync($"/api/v1/goal-pictures/{second.Id}/versions", Cancel)).ReadAsync<List<GoalPictureDto>>();
        Assert.Equal([(2, GoalPictureStatus.Adopted), (1, GoalPictureStatus.Superseded)], versions.Select(v => (v.Number, v.Status)));
    }

    [Fact]
    public async Task CarriedOverThemes_KeepTheirIds()
    {
        var first = await AdoptedCityPictureAsync();
        var themes = first.Themes.Select(t => new { id = (Guid?)t.Id, name = t.Name, description = t.Description + " Nu ännu mer.", cityThemeId = (Guid?)null }).ToArray();

        var second = await (await Client.PostJsonAsync("/api/v1/goal-pictures", new { unitId = tree.City.Id, vision = "V2", narrative = "N2", themes })).ReadAsync<GoalPictureDto>();

        Assert.Equal(first.Themes.Select(t => t.Id), second.Themes.Select(t => t.Id));
    }

    [Fact]
    public async Task AnotherDraftInTheSameScope_Returns409()
    {
        (await CreateAsync(tree.City.Id, Themes())).EnsureSuccessStatusCode();

        await (await CreateAsync(tree.City.Id, Themes())).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/goal-picture-draft-exists");
        Assert.Equal(1, await DbAsync(db => db.GoalPictures.CountAsync()));
    }

    [Fact]
    public async Task AdministrationThemes_MustLinkToTheCitysCurrentThemes()
    {
        var city = await AdoptedCityPictureAsync();

        var wrong = await CreateAsync(tree.Administration.Id, Themes(Guid.NewGuid()));
        var right = await CreateAsync(tree.Administration.Id, Themes(city.Themes[0].Id));

        Assert.NotEmpty((await wrong.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("themes[0].cityThemeId"));
        Assert.Equal(HttpStatusCode.Created, right.StatusCode);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    public async Task TooFewOrTooManyThemes_Returns400(int count)
    {
        var themes = Enumerable.Range(1, count).Select(i => new { name = $"Tema {i}", description = "Beskrivning" }).ToArray();

        var response = await Client.PostJsonAsync("/api/v1/goal-pictures", new { unitId = tree.City.Id, vision = "V", narrative = "N", themes });

        Assert.NotEmpty((await response.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("themes"));
    }

    [Fact]
    public async Task AGoalPictureForAUnit_Returns409()
    {
        await SignInAsync((Role.Executive, tree.City.Id));

        await (await CreateAsync(tree.Unit.Id, Themes())).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/goal-picture-scope");
    }

    [Fact]
    public async Task Update_WithAStaleETag_Returns412()
    {
        var created = await CreateAsync(tree.City.Id, Themes());
        var etag = created.ETagOf();
        var id = (await created.ReadAsync<GoalPictureDto>()).Id;
        (await Client.PutJsonAsync($"/api/v1/goal-pictures/{id}", new { vision = "Ny", narrative = "N", themes = Themes() }, etag)).EnsureSuccessStatusCode();

        await (await Client.PutJsonAsync($"/api/v1/goal-pictures/{id}", new { vision = "Sen", narrative = "N", themes = Themes() }, etag)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("Ny", await DbAsync(db => db.GoalPictures.Select(g => g.Vision).SingleAsync()));
    }

    [Fact]
    public async Task AThemeOnlyEdit_ChangesTheETag_SoASecondEditWithTheOldETagIsRefused()
    {
        var created = await CreateAsync(tree.City.Id, Themes());
        var etag = created.ETagOf();
        var id = (await created.ReadAsync<GoalPictureDto>()).Id;
        object[] Renamed(string name) =>
        [
            new { name, description = "En trygg stad för alla." },
            new { name = "Livfull", description = "Mötesplatser och kultur." },
            new { name = "Hållbar", description = "Klimat och ekonomi i balans." },
        ];

        var first = await Client.PutJsonAsync($"/api/v1/goal-pictures/{id}", new { vision = "Staden som vill och vågar", narrative = "Vi bygger staden tillsammans.", themes = Renamed("Tryggare") }, etag);
        var second = await Client.PutJsonAsync($"/api/v1/goal-pictures/{id}", new { vision = "Staden som vill och vågar", narrative = "Vi bygger staden tillsammans.", themes = Renamed("Tryggast") }, etag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag, first.ETagOf());
        await second.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "/problems/precondition-failed");
        var stored = await DbAsync(db => db.GoalPictures.Where(g => g.Id == id).SelectMany(g => g.Themes).Select(t => t.Name).ToListAsync());
        Assert.Contains("Tryggare", stored);
        Assert.DoesNotContain("Tryggast", stored);
    }

    [Fact]
    public async Task AThemeOnlyEdit_IsAuditedUnderTheGoalPicture()
    {
        var created = await CreateAsync(tree.City.Id, Themes());
        var etag = created.ETagOf();
        var id = (await created.ReadAsync<GoalPictureDto>()).Id;
        var themes = new object[]
        {
            new { name = "Trygg", description = "En ännu tryggare stad för alla." },
            new { name = "Livfull", description = "Mötesplatser och kultur." },
            new { name = "Hållbar", description = "Klimat och ekonomi i balans." },
        };

        (await Client.PutJsonAsync($"/api/v1/goal-pictures/{id}", new { vision = "Staden som vill och vågar", narrative = "Vi bygger staden tillsammans.", themes }, etag)).EnsureSuccessStatusCode();

        var entry = await DbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == nameof(UpdateGoalPicture)));
        Assert.Equal((nameof(GoalPicture), id.ToString()), (entry.EntityType, entry.EntityId));
    }

    [Fact]
    public async Task ADraftSavedBackUnchanged_WithTheIdsOfItsNewThemes_IsAccepted_AndKeepsThem()
    {
        var draft = await (await CreateAsync(tree.City.Id, Themes())).ReadAsync<GoalPictureDto>();
        var read = await Client.GetAsync($"/api/v1/goal-pictures/{draft.Id}", Cancel);
        var picture = await read.ReadAsync<GoalPictureDto>();
        var themes = picture.Themes.Select(t => new { id = (Guid?)t.Id, name = t.Name, description = t.Description, cityThemeId = t.CityThemeId }).ToArray();

        var saved = await Client.PutJsonAsync($"/api/v1/goal-pictures/{draft.Id}", new { vision = picture.Vision, narrative = picture.Narrative, themes }, read.ETagOf());

        Assert.Equal(picture.Themes.Select(t => t.Id), (await saved.ReadAsync<GoalPictureDto>()).Themes.Select(t => t.Id));
        Assert.Equal(3, await DbAsync(db => db.GoalPictures.Where(g => g.Id == draft.Id).SelectMany(g => g.Themes).CountAsync()));
    }

    [Fact]
    public async Task ADraft_CannotTakeTheThemeIdsOfAnotherScopesDraft()
    {
        await AdoptedCityPictureAsync();
        var other = await (await CreateAsync(tree.OtherAdministration.Id, Themes())).ReadAsync<GoalPictureDto>();
        var created = await CreateAsync(tree.Administration.Id, Themes());
        var draft = await created.ReadAsync<GoalPictureDto>();
        var themes = other.Themes.Select(t => new { id = (Guid?)t.Id, name = t.Name, description = t.Description }).ToArray();

        var response = await Client.PutJsonAsync($"/api/v1/goal-pictures/{draft.Id}", new { vision = "V", narrative = "N", themes }, created.ETagOf());

        Assert.NotEmpty((await response.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("themes[0].id"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Create_WithoutAUnitId_OrWithAnUnknownOne_Returns400OnUnitId(bool named)
    {
        var response = await Client.PostJsonAsync("/api/v1/goal-pictures", new { unitId = named ? Guid.NewGuid() : (Guid?)null, vision = "V", narrative = "N", themes = Themes() });

        Assert.NotEmpty((await response.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation")).ErrorsFor("unitId"));
        Assert.Equal(0, await DbAsync(db => db.GoalPictures.CountAsync()));
    }

    [Fact]
    public async Task Create_WithoutAUnitId_IsStill401Anonymously_And403ForThoseWhoMayNotWriteGoalPictures()
    {
        using var anonymous = App.CreateClient();
        using var politician = await ClientAsync((Role.Politician, tree.City.Id));
        var body = new { vision = "V", narrative = "N", themes = Themes() };

        await (await anonymous.PostJsonAsync("/api/v1/goal-pictures", body)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await politician.PostJsonAsync("/api/v1/goal-pictures", body)).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Adopt_WithoutADecisionReference_NamesTheFieldAsTheFormDoes()
    {
        var draft = await (await CreateAsync(tree.City.Id, Themes())).ReadAsync<GoalPictureDto>();

        var response = await Client.PostJsonAsync($"/api/v1/goal-pictures/{draft.Id}/adopt", new { decisionDate = "2026-03-15", decisionReference = " " });

        Assert.Equal(["'Decision reference' must not be empty."], (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("decisionReference"));
    }

    [Fact]
    public async Task AnExecutiveOfAnotherAdministration_CannotTouchThisOne()
    {
        await AdoptedCityPictureAsync();
        var draft = await (await CreateAsync(tree.Administration.Id, Themes())).ReadAsync<GoalPictureDto>();
        using var other = await ClientAsync((Role.Executive, tree.OtherAdministration.Id));

        await (await other.PostJsonAsync($"/api/v1/goal-pictures/{draft.Id}/adopt", new { decisionDate = "2026-01-01", decisionReference = "X" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/goal-pictures/{draft.Id}", Cancel)).StatusCode);
    }
}
