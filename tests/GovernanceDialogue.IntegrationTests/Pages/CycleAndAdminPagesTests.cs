using System.Net;
using AngleSharp.Dom;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Pages;

/// <summary>The cycle list and overview, the dialogue templates and the yearly wheel, as their users post them.</summary>
public sealed class CycleAndAdminPagesTests : IntegrationTest
{
    private TestTree tree = default!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        tree = await TestTree.CreateAsync(c => SendAsync(c));
    }

    private static void AssertErrorOn(IDocument page, string fieldId)
    {
        var summary = page.QuerySelector(".error-summary") ?? throw new Xunit.Sdk.XunitException("No error summary on the page: " + page.QuerySelector("main")?.TextContent);
        Assert.True(summary.QuerySelector($"a[href='#{fieldId}']") is not null, $"The error summary has no link to #{fieldId}: {summary.InnerHtml}");
        Assert.NotNull(page.GetElementById(fieldId));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd");

    [Fact]
    public async Task Cycles_AnAdministratorSchedulesACycleByHand_AndOpensIt()
    {
        using var admin = await ClientAsync((Role.Administrator, null));
        var page = await admin.GetPageAsync("/cycles");
        var form = BrowserForm.WithButton(page, "Planera omgången")
            .Fill("Namn", "Extra uppföljning")
            .Fill("Öppnar", Day(Today))
            .Fill("Förberedelse senast", Day(Today.AddDays(7)))
            .Fill("Dialoger från", Day(Today.AddDays(8)))
            .Fill("Dialoger till", Day(Today.AddDays(14)))
            .Fill("Stängs", Day(Today.AddDays(20)));
        form.Set(form.Field("Stad eller förvaltning").GetAttribute("name")!, tree.Administration.Id.ToString());

        var created = await form.SubmitAsync(admin, "Planera omgången");

        Assert.True(created.StatusCode == HttpStatusCode.Redirect, (await created.ParseAsync()).QuerySelector(".error-summary")?.TextContent);
        var cycle = await DbAsync(db => db.Cycles.AsNoTracking().SingleAsync(c => c.Name == "Extra uppföljning"));
        Assert.Equal((CycleStatus.Scheduled, tree.Administration.Id), (cycle.Status, cycle.ScopeUnitId));
        Assert.Equal($"/cycles/{cycle.Id}", created.Headers.Location!.OriginalString);

        var details = await admin.GetPageAsync($"/cycles/{cycle.Id}");
        var opened = await BrowserForm.WithButton(details, "Öppna omgången nu").SubmitAsync(admin, "Öppna omgången nu");

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(CycleStatus.Open, await DbAsync(db => db.Cycles.Where(c => c.Id == cycle.Id).Select(c => c.Status).SingleAsync()));
        Assert.Equal(2, await DbAsync(db => db.Dialogues.CountAsync(d => d.CycleId == cycle.Id)));
    }

    [Fact]
    public async Task Cycles_WithDatesOutOfOrder_ShowsTheErrorOnTheDate_AndSchedulesNothing()
    {
        using var executive = await ClientAsync((Role.Executive, tree.Administration.Id));
        var page = await executive.GetPageAsync("/cycles");
        var form = BrowserForm.WithButton(page, "Planera omgången")
            .Fill("Namn", "Baklänges")
            .Fill("Öppnar", Day(Today.AddDays(10)))
            .Fill("Förberedelse senast", Day(Today.AddDays(5)));

        var response = await form.SubmitAsync(executive, "Planera omgången");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertErrorOn(await response.ParseAsync(), "Input_PreparationDueOn");
        Assert.Equal(0, await DbAsync(db => db.Cycles.CountAsync()));
    }

    [Fact]
    public async Task Cycles_OfferTheScheduleFormOnlyToThoseWhoManageCycles()
    {
        using var manager = await ClientAsync((Role.UnitManager, tree.Unit.Id));
        using var executive = await ClientAsync((Role.Executive, tree.Administration.Id));

        var managersPage = await manager.GetPageAsync("/cycles");
        var executivesPage = await executive.GetPageAsync("/cycles");

        Assert.Null(managersPage.GetElementById("new-cycle-heading"));
        var scopes = executivesPage.QuerySelectorAll("#Input_ScopeUnitId option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal([tree.Administration.Id.ToString()], scopes);
        Assert.NotNull(managersPage.QuerySelector("header a[href='/cycles']"));
    }

    [Fact]
    public async Task CycleOverview_ShowsTheExecutivesPart_AsAChartWithItsTextAlternative_ATable_AndTheOverdue()
    {
        var open = await SendAsync(new CreateCycle.Command(tree.City.Id, "Vår", null, Today.AddDays(-10), Today.AddDays(-1), Today, Today.AddDays(10), Today.AddDays(20)));
        await SendAsync(new OpenCycle.Command(open.Id, null));
        await SendAsync(new MarkOverdueDialogues.Command());
        var dialogues = await DbAsync(db => db.Dialogues.Where(d => d.CycleId == open.Id).ToDictionaryAsync(d => d.UnitId, d => d.Id));
        await SendAsync(new SubmitDialogue.Command(dialogues[tree.SubUnit.Id], null));
        using var executive = await ClientAsync((Role.Executive, tree.Administration.Id));

        var page = await executive.GetPageAsync($"/cycles/{open.Id}");

        var chart = page.QuerySelector("svg[role=img]")!;
        var title = page.GetElementById(chart.GetAttribute("aria-labelledby")!)!.TextContent;
        Assert.Equal("Dialogernas läge i Skolförvaltningen: 2 dialoger. 1 förbereds, varav 1 försenade. 1 inlämnade. 0 genomförda. 0 avslutade.", title);
        Assert.NotNull(page.GetElementById(chart.GetAttribute("aria-describedby")!));
        var table = page.QuerySelector("table.progress-table")!;
        Assert.Equal("2", table.QuerySelector("tfoot td")!.TextContent.Trim());
        var overdue = page.GetElementById("overdue-heading")!.ParentElement!;
        Assert.NotNull(overdue.QuerySelector($"a[href='/dialogues/{dialogues[tree.Unit.Id]}']"));
        Assert.DoesNotContain("Hemtjänst Norr", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            [tree.Administration.Id.ToString(), tree.Unit.Id.ToString()], page.QuerySelectorAll("select#unit option").Select(o => o.GetAttribute("value")));
        Assert.NotNull(page.GetElementById("dialogues-heading")!.ParentElement!.QuerySelector($"a[href='/dialogues/{dialogues[tree.SubUnit.Id]}']"));
        Assert.Null(page.QuerySelector("form[action*='handler=Close']"));

        var onlyOverdue = await executive.GetPageAsync($"/cycles/{open.Id}?unit={tree.Administration.Id}&overdue=true");
        Assert.Single(onlyOverdue.QuerySelectorAll("table.dialogues tbody tr"));
    }

    [Fact]
    public async Task CycleOverview_OfAClosedCycle_ShowsItsFigures_AndAManagerSeesTheirDialogueOnly()
    {
        var cycle = await SendAsync(new CreateCycle.Command(tree.Administration.Id, "Höst", null, Today.AddDays(-10), Today.AddDays(-5), Today.AddDays(-5), Today, Today.AddDays(1)));
        await SendAsync(new OpenCycle.Command(cycle.Id, null));
        await SendAsync(new CloseCycle.Command(cycle.Id, null));
        using var admin = await ClientAsync((Role.Administrator, null));
        using var manager = await ClientAsync((Role.UnitManager, tree.Unit.Id));
        using var subUnitsManager = await ClientAsync((Role.UnitManager, tree.SubUnit.Id));

        var adminsView = await admin.GetPageAsync($"/cycles/{cycle.Id}");
        var managersView = await manager.GetPageAsync($"/cycles/{cycle.Id}");
        var subUnitsManagersView = await subUnitsManager.GetPageAsync($"/cycles/{cycle.Id}");

        Assert.NotNull(adminsView.GetElementById("figures-heading"));
        Assert.Null(adminsView.GetElementById("my-dialogues-heading"));
        Assert.Null(managersView.QuerySelector("svg[role=img]"));
        Assert.Equal(2, managersView.GetElementById("my-dialogues-heading")!.ParentElement!.QuerySelectorAll("a[href^='/dialogues/']").Length);
        var subUnitsDialogue = await DbAsync(db => db.Dialogues.Where(d => d.CycleId == cycle.Id && d.UnitId == tree.SubUnit.Id).Select(d => d.Id).SingleAsync());
        Assert.Equal(
            [$"/dialogues/{subUnitsDialogue}"],
            subUnitsManagersView.GetElementById("my-dialogues-heading")!.ParentElement!.QuerySelectorAll("a[href^='/dialogues/']").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Templates_CreateWithABadKey_ShowsTheErrorOnThatRow_ThenCreateAndRevise()
    {
        using var admin = await ClientAsync((Role.Administrator, null));
        var page = await admin.GetPageAsync("/admin/templates");
        var form = BrowserForm.WithButton(page, "Skapa mallen").Fill("Namn", "Kort avstämning");
        form.Set("Input.Questions[0].Key", "vad-gick-bra");
        form.Set("Input.Questions[0].Text", "Vad gick bra?");
        form.Set("Input.Questions[2].Key", "Fel Nyckel");
        form.Set("Input.Questions[2].Text", "Vad behöver ni?");

        var refused = await form.SubmitAsync(admin, "Skapa mallen");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var shown = await refused.ParseAsync();
        AssertErrorOn(shown, "Input_Questions_2__Key");
        Assert.Equal(1, await DbAsync(db => db.DialogueTemplates.CountAsync()));

        var created = await BrowserForm.WithButton(shown, "Skapa mallen").Set("Input.Questions[2].Key", "behov").SubmitAsync(admin, "Skapa mallen");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var template = await DbAsync(db => db.DialogueTemplates.AsNoTracking().SingleAsync(t => t.Name == "Kort avstämning"));
        var version1 = await DbAsync(db => db.TemplateVersions.AsNoTracking().SingleAsync(v => v.TemplateId == template.Id));
        Assert.Equal(["vad-gick-bra", "behov"], version1.Questions.Select(q => q.Key));

        var details = await admin.GetPageAsync($"/admin/templates/{template.Id}");
        var edit = BrowserForm.WithButton(details, "Spara");
        edit.Set("Input.Questions[1].Remove", "true");
        edit.Set("Input.Questions[2].Key", "larde");
        edit.Set("Input.Questions[2].Kind", nameof(QuestionKind.Text));
        edit.Set("Input.Questions[2].Text", "Vad lärde ni er?");
        edit.Set("Input.Questions[2].TextEnglish", "What did you learn?");
        var revised = await edit.SubmitAsync(admin, "Spara");

        Assert.Equal(HttpStatusCode.Redirect, revised.StatusCode);
        var latest = await DbAsync(db => db.TemplateVersions.AsNoTracking().Where(v => v.TemplateId == template.Id).OrderByDescending(v => v.Number).FirstAsync());
        Assert.Equal(2, latest.Number);
        Assert.Equal(["vad-gick-bra", "larde"], latest.Questions.Select(q => q.Key));
        Assert.Equal("What did you learn?", latest.Questions[1].TextEnglish);
        var after = await admin.GetPageAsync($"/admin/templates/{template.Id}");
        Assert.Contains("version 2", after.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, after.GetElementById("versions-heading")!.ParentElement!.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task Wheel_WithABadDay_ShowsTheErrorOnThatField_ThenSavesAndShowsTheDates()
    {
        using var admin = await ClientAsync((Role.Administrator, null));
        var page = await admin.GetPageAsync($"/admin/wheel?unitId={tree.City.Id}");
        var scopes = page.QuerySelectorAll("select#unitId option").Select(o => Guid.Parse(o.GetAttribute("value")!));
        Assert.Equal(new[] { tree.City.Id, tree.Administration.Id, tree.OtherAdministration.Id }.Order(), scopes.Order());
        var form = BrowserForm.WithButton(page, "Spara årshjulet");
        form.Set("Input.Entries[0].Key", "var");
        form.Set("Input.Entries[0].Name", "Vår");
        form.Set("Input.Entries[0].OpensOn", "03-01");
        form.Set("Input.Entries[0].PreparationDueOn", "03-31");
        form.Set("Input.Entries[0].DialoguesFrom", "04-01");
        form.Set("Input.Entries[0].DialoguesTo", "04-31");
        form.Set("Input.Entries[0].ClosesOn", "05-15");

        var refused = await form.SubmitAsync(admin, "Spara årshjulet");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        AssertErrorOn(await refused.ParseAsync(), "Input_Entries_0__DialoguesTo");
        Assert.Equal(0, await DbAsync(db => db.WheelSchedules.CountAsync()));

        var saved = await form.Set("Input.Entries[0].DialoguesTo", "04-30").SubmitAsync(admin, "Spara årshjulet");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var wheel = await DbAsync(db => db.WheelSchedules.AsNoTracking().SingleAsync(w => w.ScopeUnitId == tree.City.Id));
        Assert.Equal("Vår", wheel.Entries.Single().Name);
        var after = await admin.GetPageAsync($"/admin/wheel?unitId={tree.City.Id}");
        var dates = after.GetElementById("dates-heading")!.ParentElement!.TextContent;
        Assert.Contains($"{Today.Year}-03-01", dates, StringComparison.Ordinal);
        Assert.Contains($"{Today.Year + 1}-05-15", dates, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPages_AreLinkedForAdministratorsOnly()
    {
        using var admin = await ClientAsync((Role.Administrator, null));
        using var executive = await ClientAsync((Role.Executive, tree.Administration.Id));

        var adminsPage = await admin.GetPageAsync("/");
        var executivesPage = await executive.GetPageAsync("/");

        Assert.NotNull(adminsPage.QuerySelector("header a[href='/admin/templates']"));
        Assert.NotNull(adminsPage.QuerySelector("header a[href='/admin/wheel']"));
        Assert.Null(executivesPage.QuerySelector("header a[href='/admin/templates']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await executive.GetAsync("/admin/wheel", Cancel)).StatusCode);
    }
}
