using System.Net;
using GovernanceDialogue.Core.Domain.Collaborations;
using GovernanceDialogue.Core.Features.Collaborations;
using GovernanceDialogue.IntegrationTests.Dialogues;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using GovernanceDialogue.IntegrationTests.Pages;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Collaborations;

/// <summary>
/// The collaboration pages as a browser posts them: start one, read its ladder as a figure, move it with a reflection
/// on trust, record an agreement and revise it; bad input comes back as form errors on the fields and stores nothing.
/// </summary>
public sealed class CollaborationPagesTests : DialogueTest
{
    private async Task<Guid> StartAsync()
    {
        var page = await Manager.GetPageAsync("/collaborations/new");
        var form = BrowserForm.WithButton(page, "Starta samverkan")
            .Fill("Namn", "Trygga skolvägar")
            .Fill("Gemensamt syfte", "Fler barn går tryggt till skolan")
            .Set("LeadUnitId", Tree.Unit.Id.ToString())
            .Set("Input.UnitIds", Tree.OtherUnit.Id.ToString())
            .Fill("Part 1: namn", "Solviks cykelförening")
            .Set("Input.Partners[0].Sector", "CivilSociety");
        var response = await form.SubmitAsync(Manager, "Starta samverkan");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    [Fact]
    public async Task New_StartsACollaboration_AndItsPageDrawsTheLadderWithTheCurrentStepMarked()
    {
        var id = await StartAsync();

        var stored = await DbAsync(db => db.Collaborations.SingleAsync(c => c.Id == id, Cancel));
        Assert.Equal((Tree.Unit.Id, LadderStage.BuildTrust), (stored.LeadUnitId, stored.Stage));
        Assert.Equal(new[] { Tree.Unit.Id, Tree.OtherUnit.Id }.Order(), stored.Units.Select(u => u.UnitId).Order());
        Assert.Equal(("Solviks cykelförening", PartnerSector.CivilSociety), (stored.Partners.Single().Name, stored.Partners.Single().Sector));

        var page = await Manager.GetPageAsync($"/collaborations/{id}");
        var figure = page.QuerySelector("figure.ladder")!;
        Assert.Equal("Glasbergens stege: samverkan står på steg 1 av 5, Bygga tillit.", figure.QuerySelector("figcaption")!.TextContent.Trim());
        Assert.Equal(5, figure.QuerySelectorAll("ol li").Length);
        Assert.Contains("Bygga tillit", Assert.Single(figure.QuerySelectorAll("li[aria-current=step]")).TextContent);
        Assert.Contains("Startade på steg 1 (Bygga tillit)", page.QuerySelector(".stage-history")!.TextContent);

        var list = await Manager.GetPageAsync("/collaborations");
        Assert.Contains(list.QuerySelectorAll("tbody th a"), a => a.TextContent == "Trygga skolvägar");
        Assert.NotNull(list.QuerySelector("nav a[href='/collaborations'][aria-current=page]"));
    }

    [Fact]
    public async Task New_WithoutLeadOrName_ShowsFormErrors_AndStoresNothing()
    {
        var page = await Manager.GetPageAsync("/collaborations/new");
        var response = await BrowserForm.WithButton(page, "Starta samverkan").Fill("Gemensamt syfte", "Syfte").SubmitAsync(Manager, "Starta samverkan");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await response.ParseAsync();
        var summary = shown.QuerySelector(".error-summary")!;
        Assert.NotNull(summary.QuerySelector("a[href='#LeadUnitId']"));
        Assert.NotNull(summary.QuerySelector("a[href='#Input_Name']"));
        Assert.Equal("Syfte", shown.GetElementById("Input_Purpose")!.TextContent.Trim());
        Assert.Equal(0, await DbAsync(db => db.Collaborations.CountAsync(Cancel)));
    }

    [Fact]
    public async Task StageForm_NeedsEveryAspectOfTrust_ThenKeepsTheStepWithItsReflection()
    {
        var id = await StartAsync();
        var page = await Manager.GetPageAsync($"/collaborations/{id}");
        var incomplete = await BrowserForm.WithButton(page, "Spara steget").Fill("Reflektion", "Vi ser nyttan").Check("Växande", "Ärlighet").SubmitAsync(Manager, "Spara steget");
        Assert.Equal(HttpStatusCode.OK, incomplete.StatusCode);
        var shown = await incomplete.ParseAsync();
        // Öppenhet, the second aspect, is the first one left unjudged: the summary links to its first radio button.
        Assert.NotNull(shown.QuerySelector(".error-summary a[href='#StageForm_Trust_1__Level']"));
        Assert.Equal("radio", shown.GetElementById("StageForm_Trust_1__Level")!.GetAttribute("type"));
        Assert.Null(shown.QuerySelector(".error-summary a[href='#StageForm_Trust_0__Level']"));
        Assert.Equal(LadderStage.BuildTrust, await DbAsync(db => db.Collaborations.Where(c => c.Id == id).Select(c => c.Stage).SingleAsync(Cancel)));

        var form = BrowserForm.WithButton(page, "Spara steget").Fill("Reflektion", "Vi ser vad var och en vinner");
        foreach (var aspect in new[] { "Ärlighet", "Öppenhet", "Pålitlighet", "Välvilja", "Kompetens" })
        {
            form.Check(aspect == "Välvilja" ? "Svag" : "Växande", aspect);
        }

        form.Fill("Kommentar om Välvilja (frivillig)", "Företaget tvekar");
        var moved = await form.SubmitAsync(Manager, "Spara steget");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var after = await Manager.GetPageAsync($"/collaborations/{id}");
        Assert.Contains("steg 2 av 5, Ömsesidig nytta", after.QuerySelector("figcaption")!.TextContent);
        var history = after.QuerySelector(".stage-history li")!.TextContent;
        Assert.Contains("Från steg 1 (Bygga tillit) till steg 2 (Ömsesidig nytta)", history);
        Assert.Contains("Företaget tvekar", history);
    }

    [Fact]
    public async Task AgreementForm_ShowsErrorsOnItsFields_ThenRecordsAnAgreementForTheUnitItBinds()
    {
        var id = await StartAsync();
        var page = await Manager.GetPageAsync($"/collaborations/{id}");
        var bad = await BrowserForm.WithButton(page, "Lägg till överenskommelsen")
            .Set("AgreementForm.UnitId", Tree.OtherUnit.Id.ToString()).Fill("Ansvarig", "Enhetschefen").SubmitAsync(Manager, "Lägg till överenskommelsen");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var shown = await bad.ParseAsync();
        Assert.NotNull(shown.QuerySelector(".error-summary a[href='#AgreementForm_Description']"));
        Assert.NotNull(shown.QuerySelector(".error-summary a[href='#AgreementForm_DueOn']"));

        var response = await BrowserForm.WithButton(page, "Lägg till överenskommelsen")
            .Set("AgreementForm.UnitId", Tree.OtherUnit.Id.ToString()).Fill("Vad ni kom överens om", "Hemtjänsten delar sina körvägar")
            .Fill("Ansvarig", "Enhetschefen").Fill("Klar senast", Today.AddDays(30).ToString("yyyy-MM-dd")).SubmitAsync(Manager, "Lägg till överenskommelsen");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await DbAsync(db => db.Agreements.SingleAsync(a => a.CollaborationId == id, Cancel));
        Assert.Equal((Tree.OtherUnit.Id, (Guid?)null), (stored.UnitId, stored.DialogueId));
        var after = await Manager.GetPageAsync($"/collaborations/{id}");
        Assert.Contains(after.QuerySelectorAll("section[aria-labelledby=agreements-heading] a"), a => a.TextContent == "Hemtjänsten delar sina körvägar");
    }

    [Fact]
    public async Task EditForm_RefusesAStaleVersion_ThenSavesAndEndsTheCollaboration()
    {
        var id = await StartAsync();
        var page = await Manager.GetPageAsync($"/collaborations/{id}/edit");
        await SendAsync(new ChangeCollaborationStage.Command(id, null, LadderStage.MutualBenefit, "R", [.. Enum.GetValues<TrustAspect>().Select(a => new TrustInput(a, TrustLevel.Strong, null))]));

        var stale = await BrowserForm.WithButton(page, "Spara").Fill("Namn", "Nytt namn").SubmitAsync(Manager, "Spara");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.NotNull((await stale.ParseAsync()).QuerySelector(".error-summary"));
        Assert.Equal("Trygga skolvägar", await DbAsync(db => db.Collaborations.Where(c => c.Id == id).Select(c => c.Name).SingleAsync(Cancel)));

        var fresh = await Manager.GetPageAsync($"/collaborations/{id}/edit");
        var saved = await BrowserForm.WithButton(fresh, "Spara").Fill("Namn", "Nytt namn").Fill("Avslutad den", Today.ToString("yyyy-MM-dd")).SubmitAsync(Manager, "Spara");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await Manager.GetPageAsync($"/collaborations/{id}");
        Assert.Equal("Nytt namn", after.QuerySelector("h1")!.TextContent);
        Assert.Contains("Avslutad", after.QuerySelector(".facts .tag-closed")!.TextContent);
        Assert.Null(after.QuerySelector("#stage-heading"));
        Assert.Null(after.QuerySelector("#new-agreement-heading"));
    }

    [Fact]
    public async Task EditForm_HandsTheLeadToAUnitTheCallerMayAlsoLead()
    {
        var id = await StartAsync();
        var page = await Manager.GetPageAsync($"/collaborations/{id}/edit");
        var lead = page.QuerySelector("select[name=LeadUnitId]")!;
        Assert.Equal(Tree.Unit.Id.ToString(), lead.QuerySelector("option[selected]")!.GetAttribute("value"));
        // Ekskolan's manager leads Ekskolan and its fritids, not Hemtjänst Norr, although it takes part.
        Assert.Equal(
            new[] { Tree.Unit.Id, Tree.SubUnit.Id }.Select(u => u.ToString()).Order(),
            lead.QuerySelectorAll("option").Select(o => o.GetAttribute("value")).Where(v => !string.IsNullOrEmpty(v)).Order());

        var saved = await BrowserForm.WithButton(page, "Spara").Set("LeadUnitId", Tree.SubUnit.Id.ToString()).SubmitAsync(Manager, "Spara");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await DbAsync(db => db.Collaborations.SingleAsync(c => c.Id == id, Cancel));
        // The new lead takes part from now on, beside the units that did.
        Assert.Equal((Tree.SubUnit.Id, 3), (stored.LeadUnitId, stored.Units.Count));
    }
}
