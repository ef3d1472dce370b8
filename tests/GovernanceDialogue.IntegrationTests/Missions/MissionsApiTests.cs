using System.Net;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Missions;
using GovernanceDialogue.Core.Features.Missions;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Missions;

public sealed class MissionsApiTests : IntegrationTest
{
    private static readonly object Draft = new
    {
        assignmentText = "Ekskolan ger elever i årskurs F–9 en likvärdig utbildning.",
        plainLanguageSummary = "Här går barn i skolan från sex års ålder.",
        targetGroups = new[] { "Elever F–9", "Vårdnadshavare" },
        basis = "Skollagen (2010:800)",
    };

    private async Task<(Guid UnitId, string ETag)> UnitWithMissionAsync()
    {
        var tree = await TestTree.CreateAsync(c => SendAsync(c));
        await SignInAsync((Role.Executive, tree.City.Id));
        var get = await Client.GetAsync(Url(tree.Unit.Id), Cancel);
        return (tree.Unit.Id, get.ETagOf());
    }

    private static string Url(Guid unitId) => $"/api/v1/units/{unitId}/mission";

    [Fact]
    public async Task Get_NewUnit_HasNoDraftAndNothingPublished()
    {
        var (unitId, _) = await UnitWithMissionAsync();

        var mission = await (await Client.GetAsync(Url(unitId), Cancel)).ReadAsync<MissionDto>();

        Assert.Null(mission.Draft);
        Assert.Null(mission.Published);
        Assert.False(mission.HasUnpublishedChanges);
    }

    [Fact]
    public async Task SaveDraft_ThenPublish_CreatesVersion1ReadableByNumber()
    {
        var (unitId, etag) = await UnitWithMissionAsync();

        var saved = await Client.PutJsonAsync(Url(unitId), Draft, etag);
        var draft = await saved.ReadAsync<MissionDto>();
        Assert.True(draft.HasUnpublishedChanges);
        Assert.Equal(["Elever F–9", "Vårdnadshavare"], draft.Draft!.TargetGroups);
        Assert.NotNull(draft.Draft.UpdatedAt);
        Assert.False(string.IsNullOrEmpty(draft.Draft.UpdatedBy));

        var publish = await Client.PostJsonAsync($"{Url(unitId)}/publish", null, saved.ETagOf());
        Assert.Equal(HttpStatusCode.Created, publish.StatusCode);
        var version = await publish.ReadAsync<MissionVersionDto>();
        Assert.Equal(1, version.Number);
        Assert.Equal($"{Url(unitId)}/versions/1", publish.Headers.Location?.AbsolutePath);

        var read = await (await Client.GetAsync($"{Url(unitId)}/versions/1", Cancel)).ReadAsync<MissionVersionDto>();
        Assert.Equal("Här går barn i skolan från sex års ålder.", read.PlainLanguageSummary);
        var mission = await (await Client.GetAsync(Url(unitId), Cancel)).ReadAsync<MissionDto>();
        Assert.False(mission.HasUnpublishedChanges);
        Assert.Equal(1, mission.Published!.Number);
    }

    [Fact]
    public async Task Publish_Twice_KeepsEveryVersionImmutableAndListsNewestFirst()
    {
        var (unitId, etag) = await UnitWithMissionAsync();
        var first = await Client.PutJsonAsync(Url(unitId), Draft, etag);
        (await Client.PostJsonAsync($"{Url(unitId)}/publish", null)).EnsureSuccessStatusCode();
        var current = await Client.GetAsync(Url(unitId), Cancel);
        (await Client.PutJsonAsync(Url(unitId), new { assignmentText = "Nytt uppdrag", plainLanguageSummary = "Ny sammanfattning" }, current.ETagOf()))
            .EnsureSuccessStatusCode();
        (await Client.PostJsonAsync($"{Url(unitId)}/publish", null)).EnsureSuccessStatusCode();

        var history = await (await Client.GetAsync($"{Url(unitId)}/versions", Cancel)).ReadAsync<PagedList<MissionVersionSummaryDto>>();

        Assert.Equal([2, 1], history.Items.Select(v => v.Number));
        var v1 = await (await Client.GetAsync($"{Url(unitId)}/versions/1", Cancel)).ReadAsync<MissionVersionDto>();
        Assert.Equal("Ekskolan ger elever i årskurs F–9 en likvärdig utbildning.", v1.AssignmentText);
        Assert.NotEqual(etag, first.ETagOf());
    }

    [Fact]
    public async Task Publish_WithoutChanges_Returns409NothingToPublish()
    {
        var (unitId, etag) = await UnitWithMissionAsync();
        (await Client.PutJsonAsync(Url(unitId), Draft, etag)).EnsureSuccessStatusCode();
        (await Client.PostJsonAsync($"{Url(unitId)}/publish", null)).EnsureSuccessStatusCode();

        var again = await Client.PostJsonAsync($"{Url(unitId)}/publish", null);

        await again.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/mission-nothing-to-publish");
        Assert.Equal(1, await DbAsync(db => db.MissionVersions.CountAsync(v => v.UnitId == unitId)));
    }

    [Fact]
    public async Task Publish_WithoutDraft_Returns409Incomplete()
    {
        var (unitId, _) = await UnitWithMissionAsync();

        var response = await Client.PostJsonAsync($"{Url(unitId)}/publish", null);

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/mission-incomplete");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public async Task SaveDraft_WithEmptyOrWhitespaceText_Returns400NamingTheFieldAndKeepsTheDraft(string text)
    {
        var (unitId, etag) = await UnitWithMissionAsync();
        var saved = await Client.PutJsonAsync(Url(unitId), Draft, etag);

        var response = await Client.PutJsonAsync(Url(unitId), new { assignmentText = text, plainLanguageSummary = "Kort" }, saved.ETagOf());

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(problem.ErrorsFor("assignmentText"));
        var stored = await DbAsync(db => db.Missions.SingleAsync(m => m.UnitId == unitId));
        Assert.Equal("Ekskolan ger elever i årskurs F–9 en likvärdig utbildning.", stored.AssignmentText);
    }

    [Fact]
    public async Task SaveDraft_OverMaximumLength_Returns400WithTheLimit()
    {
        var (unitId, etag) = await UnitWithMissionAsync();

        var response = await Client.PutJsonAsync(
            Url(unitId), new { assignmentText = new string('a', Mission.AssignmentTextMaxLength + 1), plainLanguageSummary = "Kort" }, etag);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.ErrorsFor("assignmentText"), m => m.Contains($"{Mission.AssignmentTextMaxLength}", StringComparison.Ordinal));
        Assert.Null(await DbAsync(db => db.Missions.Where(m => m.UnitId == unitId).Select(m => m.AssignmentText).SingleAsync()));
    }

    [Fact]
    public async Task SaveDraft_WithTooManyOrBlankTargetGroups_Returns400()
    {
        var (unitId, etag) = await UnitWithMissionAsync();

        var tooMany = await Client.PutJsonAsync(
            Url(unitId), new { assignmentText = "A", plainLanguageSummary = "B", targetGroups = Enumerable.Range(0, 21).Select(i => $"G{i}") }, etag);
        var blank = await Client.PutJsonAsync(Url(unitId), new { assignmentText = "A", plainLanguageSummary = "B", targetGroups = new[] { "ok", " " } }, etag);

        Assert.NotEmpty((await tooMany.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("targetGroups"));
        Assert.NotEmpty((await blank.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("targetGroups[1]"));
    }

    [Fact]
    public async Task SaveDraft_WithStaleETag_Returns412AndKeepsTheOtherEdit()
    {
        var (unitId, etag) = await UnitWithMissionAsync();
        (await Client.PutJsonAsync(Url(unitId), Draft, etag)).EnsureSuccessStatusCode();

        var stale = await Client.PutJsonAsync(Url(unitId), new { assignmentText = "Skriver över", plainLanguageSummary = "Nej" }, etag);

        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("Här går barn i skolan från sex års ålder.",
            await DbAsync(db => db.Missions.Where(m => m.UnitId == unitId).Select(m => m.PlainLanguageSummary).SingleAsync()));
    }

    [Fact]
    public async Task SaveDraft_ConcurrentWritersWithTheSameETag_OnlyOneWins()
    {
        var (unitId, etag) = await UnitWithMissionAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            Client.PutJsonAsync(Url(unitId), new { assignmentText = $"Skribent {i}", plainLanguageSummary = "S" }, etag)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
    }

    [Fact]
    public async Task SaveDraft_WithoutIfMatch_Returns428()
    {
        var (unitId, _) = await UnitWithMissionAsync();

        var response = await Client.PutJsonAsync(Url(unitId), Draft);

        await response.AssertProblemAsync(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task SaveDraft_ForClosedUnit_Returns409()
    {
        var tree = await TestTree.CreateAsync(c => SendAsync(c));
        await SendAsync(new CloseUnit.Command(tree.OtherUnit.Id, new DateOnly(2021, 1, 1), null));
        await SignInAsync((Role.Executive, tree.City.Id));
        var etag = (await Client.GetAsync(Url(tree.OtherUnit.Id), Cancel)).ETagOf();

        var response = await Client.PutJsonAsync(Url(tree.OtherUnit.Id), Draft, etag);

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/unit-closed");
    }

    [Fact]
    public async Task Mission_OfUnknownUnit_Returns404()
    {
        var response = await Client.GetAsync(Url(Guid.NewGuid()), Cancel);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Version_ThatDoesNotExist_Returns404()
    {
        var (unitId, _) = await UnitWithMissionAsync();

        var response = await Client.GetAsync($"{Url(unitId)}/versions/7", Cancel);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
