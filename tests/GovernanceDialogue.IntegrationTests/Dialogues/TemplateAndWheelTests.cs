using System.Net;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.Templates;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Dialogues;

/// <summary>Templates are versioned and a dialogue keeps its version; the yearly wheel refuses what cannot work.</summary>
public sealed class TemplateAndWheelTests : DialogueTest
{
    private static object Question(string key, string kind, string text) => new { key, kind, text };

    [Fact]
    public async Task ChangingTheQuestions_StartsANewVersion_WhileOpenDialoguesKeepTheirs()
    {
        using var admin = await ClientAsync((Role.Administrator, null));
        var template = (await (await admin.GetAsync("/api/v1/templates", Cancel)).ReadAsync<List<TemplateDto>>()).Single(t => t.IsDefault);
        var read = await admin.GetAsync($"/api/v1/templates/{template.Id}", Cancel);

        var renamed = await (await admin.PutJsonAsync($"/api/v1/templates/{template.Id}", new { name = "Dialog", questions = template.Questions, isDefault = true }, read.ETagOf())).ReadAsync<TemplateDto>();
        Assert.Equal((1, "Dialog"), (renamed.CurrentVersionNumber, renamed.Name));
        var current = await admin.GetAsync($"/api/v1/templates/{template.Id}", Cancel);
        var changed = await (await admin.PutJsonAsync($"/api/v1/templates/{template.Id}", new
        {
            name = "Dialog",
            questions = new[] { Question("goals", "GoalAssessments", "Hur går det?"), Question("next", "Text", "Vad gör ni härnäst?") },
            isDefault = true,
        }, current.ETagOf())).ReadAsync<TemplateDto>();
        Assert.Equal((2, 2), (changed.CurrentVersionNumber, changed.Versions.Count));

        var ours = await (await Manager.GetAsync($"/api/v1/dialogues/{Ours}", Cancel)).ReadAsync<DialogueDto>();
        Assert.Equal((1, DefaultTemplate.Questions.Count), (ours.TemplateVersion, ours.Questions.Count));
        var first = await (await admin.GetAsync($"/api/v1/templates/{template.Id}/versions/1", Cancel)).ReadAsync<TemplateVersionDto>();
        Assert.Equal(DefaultTemplate.Questions.Select(q => q.Key), first.Questions.Select(q => q.Key));

        var next = await SendAsync(NewCycle(Tree.OtherAdministration.Id, 0, 5, 10));
        await SendAsync(new OpenCycle.Command(next.Id, null));
        var theirs = await SendAsync(new GetDialogue.Query(await DialogueOfAsync(Tree.OtherUnit.Id, next.Id)));
        Assert.Equal(["goals", "next"], theirs.Questions.Select(q => q.Key));
    }

    [Fact]
    public async Task ABadTemplate_Returns400_AndANewDefaultTakesOverTheRole()
    {
        using var admin = await ClientAsync((Role.Administrator, null));
        var problem = await (await admin.PostJsonAsync("/api/v1/templates", new
        {
            name = "Dubbel",
            questions = new[] { Question("a", "GoalAssessments", "Mål"), Question("a", "Text", "Text"), Question("B C", "GoalAssessments", "Igen") },
        })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("questions"));
        Assert.NotEmpty(problem.ErrorsFor("questions[2].key"));

        var created = await admin.PostJsonAsync("/api/v1/templates", new { name = "Kort", questions = new[] { Question("went-well", "Text", "Vad gick bra?") }, isDefault = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var templates = await (await admin.GetAsync("/api/v1/templates", Cancel)).ReadAsync<List<TemplateDto>>();
        Assert.Equal(["Kort"], templates.Where(t => t.IsDefault).Select(t => t.Name));
        Assert.Equal(HttpStatusCode.Forbidden, (await Executive.PostJsonAsync("/api/v1/templates", new { name = "X", questions = new[] { Question("x", "Text", "X") } })).StatusCode);
    }

    [Fact]
    public async Task TheWheel_WithoutUnitId_IsA400OnUnitId_AndNothingIsStored()
    {
        using var admin = await ClientAsync((Role.Administrator, null));
        var body = new { entries = new[] { new { key = "var", name = "Vår", opensOn = "03-01", preparationDueOn = "03-31", dialoguesFrom = "04-01", dialoguesTo = "04-30", closesOn = "05-15" } } };

        var missing = await (await admin.PutJsonAsync("/api/v1/wheel", body, "*")).AssertProblemAsync(HttpStatusCode.BadRequest);
        var zero = await (await admin.PutJsonAsync($"/api/v1/wheel?unitId={Guid.Empty}", body, "*")).AssertProblemAsync(HttpStatusCode.BadRequest);
        var read = await (await admin.GetAsync($"/api/v1/wheel?unitId={Guid.Empty}", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(missing.ErrorsFor("unitId"));
        Assert.NotEmpty(zero.ErrorsFor("unitId"));
        Assert.NotEmpty(read.ErrorsFor("unitId"));
        Assert.Equal(0, await DbAsync(db => db.WheelSchedules.CountAsync()));
        // Only the administrator may set wheels: others still hear 403, and an unknown unit is still a 404.
        Assert.Equal(HttpStatusCode.Forbidden, (await Executive.PutJsonAsync("/api/v1/wheel", body, "*")).StatusCode);
        await (await admin.PutJsonAsync($"/api/v1/wheel?unitId={Guid.NewGuid()}", body, "*")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheWheelsUpcomingDates_AreTheFiveDatesOnly()
    {
        using var admin = await ClientAsync((Role.Administrator, null));
        await SendAsync(new SaveWheel.Command(Tree.City.Id, null, [new("var", "Vår", new(3, 1), new(3, 31), new(4, 1), new(4, 30), new(5, 15), null)]));

        var json = System.Text.Json.JsonDocument.Parse(await (await admin.GetAsync($"/api/v1/wheel?unitId={Tree.City.Id}", Cancel)).Content.ReadAsStringAsync(Cancel));

        var upcoming = json.RootElement.GetProperty("entries")[0].GetProperty("upcoming");
        Assert.Equal(2, upcoming.GetArrayLength());
        Assert.All(upcoming.EnumerateArray(), dates => Assert.Equal(
            ["opensOn", "preparationDueOn", "dialoguesFrom", "dialoguesTo", "closesOn"], dates.EnumerateObject().Select(p => p.Name)));
        Assert.Equal($"{Today.Year}-03-01", upcoming[0].GetProperty("opensOn").GetString());
        // The stored entries are unchanged by what the API leaves out.
        var stored = (await DbAsync(db => db.WheelSchedules.SingleAsync())).Entries.Single();
        Assert.Equal((new MonthDay(3, 1), new MonthDay(5, 15)), (stored.OpensOn, stored.ClosesOn));
    }

    [Fact]
    public async Task TheWheel_RefusesOverlappingCyclesBadDaysAndUnits_AndNeedsItsETag()
    {
        using var admin = await ClientAsync((Role.Administrator, null));
        object Entry(string key, string opens, string due, string from, string to, string closes) =>
            new { key, name = key, opensOn = opens, preparationDueOn = due, dialoguesFrom = from, dialoguesTo = to, closesOn = closes };
        var url = $"/api/v1/wheel?unitId={Tree.City.Id}";

        var overlap = await (await admin.PutJsonAsync(url, new { entries = new[] { Entry("var", "03-01", "03-31", "04-01", "04-30", "05-15"), Entry("sen-var", "05-01", "05-10", "05-11", "05-20", "05-30") } }, "*"))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(overlap.ErrorsFor("entries"));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutJsonAsync(url, new { entries = new[] { Entry("var", "13-01", "03-31", "04-01", "04-30", "05-15") } }, "*")).StatusCode);
        await (await admin.PutJsonAsync($"/api/v1/wheel?unitId={Tree.Unit.Id}", new { entries = Array.Empty<object>() }, "*")).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/cycle-scope");
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await admin.PutJsonAsync(url, new { entries = Array.Empty<object>() })).StatusCode);

        var saved = await admin.PutJsonAsync(url, new { entries = new[] { Entry("host", "11-20", "12-20", "12-21", "01-10", "01-20") } }, "*");
        var wheel = await saved.ReadAsync<WheelDto>();
        var winter = wheel.Entries.Single().Upcoming[0];
        Assert.Equal(winter.OpensOn.Year + 1, winter.ClosesOn.Year);
        await (await admin.PutJsonAsync(url, new { entries = Array.Empty<object>() }, "\"1\"")).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        (await admin.PutJsonAsync(url, new { entries = Array.Empty<object>() }, saved.ETagOf())).EnsureSuccessStatusCode();
        Assert.Empty((await DbAsync(db => db.WheelSchedules.SingleAsync())).Entries);
    }
}
