using System.Net;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Missions;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Security;

/// <summary>Drafts stay with the unit and its leadership: not other units, not politicians, not the public.</summary>
public sealed class DraftPrivacyTests : IntegrationTest
{
    private const string Secret = "Utkast: vi överväger att slå ihop avdelningarna.";
    private TestTree tree = default!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        tree = await TestTree.CreateAsync(c => SendAsync(c));
        var mission = await SendAsync(new GetMission.Query(tree.Unit.Id));
        await SendAsync(new SaveMissionDraft.Command(tree.Unit.Id, mission.Version, "Publicerat uppdrag", "Publicerat", [], null));
        await SendAsync(new PublishMission.Command(tree.Unit.Id, null));
        await SendAsync(new SaveMissionDraft.Command(tree.Unit.Id, null, Secret, "Utkast", [], null));
    }

    private async Task<string> MissionJsonAsync(HttpClient client) =>
        await (await client.GetAsync($"/api/v1/units/{tree.Unit.Id}/mission", Cancel)).Content.ReadAsStringAsync(Cancel);

    [Fact]
    public async Task TheUnitsManagerAndTheExecutiveAbove_SeeTheDraft()
    {
        using var manager = await ClientAsync((Role.UnitManager, tree.Unit.Id));
        using var executive = await ClientAsync((Role.Executive, tree.Administration.Id));

        Assert.Contains(Secret, await MissionJsonAsync(manager), StringComparison.Ordinal);
        Assert.Contains(Secret, await MissionJsonAsync(executive), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherUnitsManagers_PoliticiansAdministratorsReadersAndThePublic_SeeOnlyThePublishedVersion()
    {
        using var otherManager = await ClientAsync((Role.UnitManager, tree.OtherUnit.Id));
        using var otherExecutive = await ClientAsync((Role.Executive, tree.OtherAdministration.Id));
        using var politician = await ClientAsync((Role.Politician, tree.City.Id));
        using var administrator = await ClientAsync((Role.Administrator, null));

        foreach (var client in new[] { otherManager, otherExecutive, politician, administrator, Client })
        {
            var json = await MissionJsonAsync(client);
            Assert.DoesNotContain(Secret, json, StringComparison.Ordinal);
            Assert.Contains("Publicerat uppdrag", json, StringComparison.Ordinal);
            Assert.Contains("\"draft\":null", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnotherUnitsManager_CannotChangeTheDraft_ByGuessingItsId()
    {
        using var otherManager = await ClientAsync((Role.UnitManager, tree.OtherUnit.Id));

        var save = await otherManager.PutJsonAsync($"/api/v1/units/{tree.Unit.Id}/mission", new { assignmentText = "Kapat", plainLanguageSummary = "Kapat" }, "*");
        var publish = await otherManager.PostJsonAsync($"/api/v1/units/{tree.Unit.Id}/mission/publish", null);

        await save.AssertProblemAsync(HttpStatusCode.Forbidden);
        await publish.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(Secret, await DbAsync(db => db.Missions.Where(m => m.UnitId == tree.Unit.Id).Select(m => m.AssignmentText).SingleAsync()));
        Assert.Equal(1, await DbAsync(db => db.MissionVersions.CountAsync(v => v.UnitId == tree.Unit.Id)));
    }

    [Fact]
    public async Task Pages_ShowTheDraftOnlyToTheUnitsEditors()
    {
        using var manager = await ClientAsync((Role.UnitManager, tree.Unit.Id));
        using var politician = await ClientAsync((Role.Politician, tree.City.Id));
        using var otherManager = await ClientAsync((Role.UnitManager, tree.OtherUnit.Id));

        var own = await manager.GetPageAsync($"/units/{tree.Unit.Id}");
        Assert.Contains(Secret, own.QuerySelector("article.draft")!.TextContent, StringComparison.Ordinal);

        foreach (var client in new[] { politician, otherManager, Client })
        {
            var page = await client.GetPageAsync($"/units/{tree.Unit.Id}");
            Assert.Null(page.QuerySelector("article.draft"));
            Assert.DoesNotContain(Secret, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
            Assert.Null(page.QuerySelector($"a[href='/units/{tree.Unit.Id}/mission/edit']"));
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await otherManager.GetAsync($"/units/{tree.Unit.Id}/mission/edit", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await politician.GetAsync($"/units/{tree.Unit.Id}/mission/edit", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.GetAsync($"/units/{tree.Unit.Id}/mission/edit", Cancel)).StatusCode);
    }

    [Fact]
    public async Task AnotherUnitsManager_PostingTheEditForm_IsRefusedAndNothingChanges()
    {
        using var otherManager = await ClientAsync((Role.UnitManager, tree.OtherUnit.Id));
        // The other manager's own form and antiforgery token, posted to this unit: only the authorisation can refuse it.
        var ownForm = await otherManager.GetPageAsync($"/units/{tree.OtherUnit.Id}/mission/edit");

        var response = await otherManager.SubmitAsync(ownForm, "main form", new Dictionary<string, string>
        {
            ["Input.AssignmentText"] = "Kapat",
            ["Input.PlainLanguageSummary"] = "Kapat",
        }, null, null, $"/units/{tree.Unit.Id}/mission/edit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(Secret, await DbAsync(db => db.Missions.Where(m => m.UnitId == tree.Unit.Id).Select(m => m.AssignmentText).SingleAsync()));
    }
}
