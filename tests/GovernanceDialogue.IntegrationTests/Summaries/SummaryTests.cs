using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.Goals;
using GovernanceDialogue.Core.Features.Summaries;
using GovernanceDialogue.Core.Features.Users;
using GovernanceDialogue.Core.Persistence;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.IntegrationTests.Summaries;

/// <summary>
/// A city cycle with known dialogues: Ekskolan held (goals on track and off track, two agreements), its fritids
/// submitted, Hemtjänst Norr (the other administration) still preparing. The summaries must count exactly that.
/// </summary>
public sealed class SummaryTests : IntegrationTest
{
    private TestTree tree = default!;
    private CycleDto cycle = default!;
    private Guid school;
    private Guid fritids;
    private Guid care;

    /// <summary>The SQL the app's DbContext sends (each test has its own app, so nothing else is recorded).</summary>
    private readonly ConcurrentQueue<string> statements = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(new StatementRecorder(statements)));

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        tree = await TestTree.CreateAsync(c => SendAsync(c));
        await SendAsync(new CreateUser.Command("kerstin@test.example", "Kerstin Lindqvist", TestPassword));
        var goals = new[]
        {
            (await SendAsync(new AddGoal.Command(tree.Unit.Id, Today.Year, "Fler elever når målen", "V", null, [], [], "Rektor", "H", null))).Id,
            (await SendAsync(new AddGoal.Command(tree.Unit.Id, Today.Year, "Tryggare raster", "V", null, [], [], "Rektor", "H", null))).Id,
        };
        cycle = await SendAsync(new CreateCycle.Command(
            tree.City.Id, "Vår", null, Today.AddDays(-10), Today.AddDays(5), Today.AddDays(6), Today.AddDays(29), Today.AddDays(30)));
        cycle = await SendAsync(new OpenCycle.Command(cycle.Id, null));
        school = await DialogueOfAsync(tree.Unit.Id);
        fritids = await DialogueOfAsync(tree.SubUnit.Id);
        care = await DialogueOfAsync(tree.OtherUnit.Id);

        await SendAsync(new SaveDialogueNotes.Command(
            school, null,
            [
                new("did-not-work", "Lokalerna räcker inte och kerstin har fått ta alla samtal. Vi lärde oss att planera tidigare."),
                new("obstacles-and-support", "Vi behöver stöd med rekryteringen av lärare."),
            ],
            [new(goals[0], Assessment.OnTrack, "Bra"), new(goals[1], Assessment.OffTrack, "Oroligt")],
            []));
        await SendAsync(new SubmitDialogue.Command(school, null));
        await SendAsync(new RecordDialogueHeld.Command(
            school, null, Today, ["Rektor"], "Vi tar med oss lokalfrågan.",
            [
                new AgreementInput("Förvaltningen tar fram en lokalplan.", AgreementSide.Leadership, "Förvaltningschefen", Today.AddDays(60)),
                new AgreementInput("Skolan prövar nya rastaktiviteter.", AgreementSide.Unit, "Rektor", Today.AddDays(60)),
            ]));

        await SendAsync(new SaveDialogueNotes.Command(
            fritids, null,
            [
                new("current-state", "Våra lokaler är för trånga, och kerstin vet det. Ekskolan delar med oss."),
                new("did-not-work", "Schemat fungerade inte."),
                new("obstacles-and-support", "Vi behöver hjälp, för rekryteringen går trögt."),
            ],
            [], []));
        await SendAsync(new SubmitDialogue.Command(fritids, null));

        // Still being prepared: none of this may count.
        await SendAsync(new SaveDialogueNotes.Command(
            care, null, [new("did-not-work", "Lokaler lokaler lokaler, rekryteringen och schemat.")], [], []));
    }

    [Fact]
    public async Task Generate_CountsTheDialoguesAsTheyAre_ForTheCityAndEachAdministration()
    {
        var generated = await SendAsync(new GenerateSummaries.Command(cycle.Id, null));

        Assert.Equal(tree.City.Id, generated[0].UnitId);
        Assert.Equal(new[] { tree.Administration.Id, tree.OtherAdministration.Id }.Order(), generated.Skip(1).Select(s => s.UnitId).Order());
        var city = await SendAsync(new GetSummary.Query(generated[0].Id));
        var facts = city.Draft!.Facts;
        Assert.Equal((3, 1, 1, 1, 0), (facts.Figures.Dialogues, facts.Figures.Preparing, facts.Figures.Submitted, facts.Figures.Held, facts.Figures.Closed));
        var noTheme = Assert.Single(facts.Figures.Themes);
        Assert.Equal((null, 1, 0, 1), (noTheme.ThemeId, noTheme.OnTrack, noTheme.Uncertain, noTheme.OffTrack));
        Assert.Equal((2, 1), (facts.Figures.AgreementsMade, facts.Figures.AgreementsMadeByLeadership));
        Assert.Equal((2, 2), (facts.DialoguesAskingSupport, facts.LessonsShared));

        // "lokalerna" and "lokaler" are one stem in two submitted dialogues; the preparing one adds nothing.
        var premises = Assert.Single(facts.Challenges, t => t.Term.StartsWith("lokal", StringComparison.Ordinal));
        Assert.Equal(2, premises.Dialogues);
        Assert.DoesNotContain(facts.Challenges, t => t.Term == "kerstin");
        Assert.DoesNotContain(facts.Challenges, t => t.Term.Contains("ekskol", StringComparison.Ordinal));
        Assert.DoesNotContain(facts.Challenges, t => t.Term == "schemat");
        Assert.Equal([("rekryteringen", 2)], facts.SupportAsked.Select(t => (t.Term, t.Dialogues)).ToList());

        Assert.Equal(
            [(tree.OtherAdministration.Name, 1, 0, 0, 0, 0), (tree.Administration.Name, 2, 1, 1, 2, 2)],
            facts.Parts.Select(p => (p.Name, p.Dialogues, p.Held, p.GoalsOnTrack, p.GoalsAssessed, p.AgreementsMade)).ToList());
        var now = Assert.Single(facts.Trend);
        Assert.Equal((cycle.Id, 1, 2), (now.CycleId, now.GoalsOnTrack, now.GoalsAssessed));

        var administration = await SendAsync(new GetSummary.Query(generated.Single(s => s.UnitId == tree.Administration.Id).Id));
        Assert.Equal((2, 1, 1), (administration.Draft!.Facts.Figures.Dialogues, administration.Draft.Facts.Figures.Submitted, administration.Draft.Facts.Figures.Held));
        Assert.Empty(administration.Draft.Facts.Parts);
        Assert.Equal(tree.Administration.Name, administration.Draft.Facts.ScopeName);
    }

    [Fact]
    public async Task Trend_ReadsTheFiguresOfEarlierClosedCycles()
    {
        await SendAsync(new CloseCycle.Command(cycle.Id, null));
        var next = await SendAsync(new CreateCycle.Command(
            tree.City.Id, "Höst", null, Today.AddDays(31), Today.AddDays(40), Today.AddDays(41), Today.AddDays(59), Today.AddDays(60)));
        App.Clock.Advance(TimeSpan.FromDays(31));
        await SendAsync(new OpenCycle.Command(next.Id, null));

        var city = (await SendAsync(new GenerateSummaries.Command(next.Id, tree.City.Id))).Single();
        var trend = (await SendAsync(new GetSummary.Query(city.Id))).Draft!.Facts.Trend;

        Assert.Equal([(cycle.Id, 1, 2, 2, 0), (next.Id, 0, 0, 0, 0)], trend.Select(t => (t.CycleId, t.GoalsOnTrack, t.GoalsAssessed, t.AgreementsMade, t.AgreementsDone)).ToList());
    }

    [Fact]
    public async Task Overdue_CountsAgreementsDueBeforeTheCycleClosed_NotBeforeItsPlannedCloseDate()
    {
        await SendAsync(new AddAgreement.Command(school, new AgreementInput("Rastvärdar på plats.", AgreementSide.Unit, "Rektor", Today.AddDays(10))));

        await SendAsync(new CloseCycle.Command(cycle.Id, null));

        var figures = (await SendAsync(new GetCycleRollups.Query(cycle.Id)))[0].Facts;
        Assert.Equal((3, 0), (figures.AgreementsMade, figures.AgreementsOverdue));
        var drafted = await DbAsync(db => db.Summaries.Where(s => s.CycleId == cycle.Id).ToListAsync());
        Assert.Equal(new[] { tree.City.Id, tree.Administration.Id, tree.OtherAdministration.Id }.Order(), drafted.Select(s => s.UnitId).Order());
        Assert.All(drafted, s => Assert.Equal(0, s.LatestVersion));
        Assert.Equal(3, drafted.Single(s => s.UnitId == tree.City.Id).Facts.Figures.AgreementsMade);
    }

    [Fact]
    public async Task Close_ComputesTheFiguresOnce_ForTheRollupsAndTheDrafts()
    {
        statements.Clear();

        await SendAsync(new CloseCycle.Command(cycle.Id, null));

        // The figures' agreement query (it names "made_here") runs once: the drafts take the figures just prepared.
        Assert.Single(statements, s => s.Contains("made_here", StringComparison.Ordinal));
        var rollup = (await SendAsync(new GetCycleRollups.Query(cycle.Id)))[0].Facts;
        var draft = await DbAsync(db => db.Summaries.SingleAsync(s => s.CycleId == cycle.Id && s.UnitId == tree.City.Id));
        Assert.Equal(JsonSerializer.Serialize(rollup), JsonSerializer.Serialize(draft.Facts.Figures));
    }

    [Fact]
    public async Task Overdue_WhileTheCycleIsOpen_CountsAgreementsDueBeforeToday()
    {
        await SendAsync(new AddAgreement.Command(school, new AgreementInput("Rastvärdar på plats.", AgreementSide.Unit, "Rektor", Today.AddDays(10))));
        App.Clock.Advance(TimeSpan.FromDays(15));

        var city = (await SendAsync(new GenerateSummaries.Command(cycle.Id, tree.City.Id))).Single();

        var figures = (await SendAsync(new GetSummary.Query(city.Id))).Draft!.Facts.Figures;
        Assert.Equal((3, 1), (figures.AgreementsMade, figures.AgreementsOverdue));
    }

    [Fact]
    public async Task Generate_ForAUnitOrAScheduledCycle_IsRefused()
    {
        var scheduled = await SendAsync(new CreateCycle.Command(
            tree.City.Id, "Höst", null, Today.AddDays(40), Today.AddDays(45), Today.AddDays(46), Today.AddDays(59), Today.AddDays(60)));
        using var executive = await ClientAsync((Role.Executive, tree.City.Id));

        var forUnit = await executive.PostAsJsonAsync($"/api/v1/cycles/{cycle.Id}/summaries", new { unitId = tree.Unit.Id }, Cancel);
        var notOpen = await executive.PostAsJsonAsync($"/api/v1/cycles/{scheduled.Id}/summaries", new { }, Cancel);

        await forUnit.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/summary-scope");
        var unknown = await executive.PostAsJsonAsync($"/api/v1/cycles/{cycle.Id}/summaries", new { unitId = Guid.NewGuid() }, Cancel);
        Assert.NotEmpty((await unknown.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("unitId"));
        await notOpen.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/summary-cycle-scheduled");
        Assert.Equal(0, await DbAsync(db => db.Summaries.CountAsync()));
    }

    [Fact]
    public async Task AnAdministrationsExecutive_GeneratesTheirOwnOnly()
    {
        using var chief = await ClientAsync((Role.Executive, tree.Administration.Id));

        var all = await chief.PostAsJsonAsync($"/api/v1/cycles/{cycle.Id}/summaries", new { }, Cancel);
        var own = await chief.PostAsJsonAsync($"/api/v1/cycles/{cycle.Id}/summaries", new { unitId = tree.Administration.Id }, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, all.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var item = Assert.Single((await own.Content.ReadFromJsonAsync<List<SummaryListItemDto>>(Cancel))!);
        Assert.Equal((tree.Administration.Id, 0), (item.UnitId, item.LatestVersion));
    }

    [Fact]
    public async Task Drafts_AreForTheExecutivesOfTheScope_PublishedVersionsForEveryone()
    {
        var summary = (await SendAsync(new GenerateSummaries.Command(cycle.Id, tree.Administration.Id))).Single();
        using var chief = await ClientAsync((Role.Executive, tree.Administration.Id));
        using var otherChief = await ClientAsync((Role.Executive, tree.OtherAdministration.Id));
        using var politician = await ClientAsync((Role.Politician, tree.City.Id));
        using var admin = await ClientAsync((Role.Administrator, null));
        using var manager = await ClientAsync((Role.UnitManager, tree.Unit.Id));
        using var anonymous = App.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await chief.GetAsync($"/api/v1/summaries/{summary.Id}", Cancel)).StatusCode);
        foreach (var reader in new[] { otherChief, politician, admin, manager, anonymous })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/v1/summaries/{summary.Id}", Cancel)).StatusCode);
            Assert.Empty((await reader.GetFromJsonAsync<List<SummaryListItemDto>>($"/api/v1/cycles/{cycle.Id}/summaries", Cancel))!);
            Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/v1/summaries/{summary.Id}/versions", Cancel)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await politician.GetAsync($"/api/v1/summaries/{summary.Id}/quotable", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsync($"/api/v1/summaries/{summary.Id}/publish", null, Cancel)).StatusCode);

        await SendAsync(new UpdateSummary.Command(summary.Id, null, "Dialogerna visar att lokalerna är trånga.", ["Två av tre dialoger är inlämnade"], []));
        await SendAsync(new PublishSummary.Command(summary.Id, null));
        await SendAsync(new UpdateSummary.Command(summary.Id, null, "Ett nytt utkast som ingen annan ser.", [], []));

        var read = (await anonymous.GetFromJsonAsync<SummaryDto>($"/api/v1/summaries/{summary.Id}", Cancel))!;
        Assert.Null(read.Draft);
        Assert.Equal((1, "Dialogerna visar att lokalerna är trånga."), (read.Published!.Number, read.Published.Narrative));
        Assert.True(read.ChangedSincePublished);
        Assert.Single((await politician.GetFromJsonAsync<List<SummaryListItemDto>>($"/api/v1/cycles/{cycle.Id}/summaries", Cancel))!);
        var own = (await chief.GetFromJsonAsync<SummaryDto>($"/api/v1/summaries/{summary.Id}", Cancel))!;
        Assert.Equal("Ett nytt utkast som ingen annan ser.", own.Draft!.Narrative);
    }

    [Fact]
    public async Task Quotes_MustBeWordForWordFromASubmittedAnswerInScope_AndNameTheUnitOnly()
    {
        var summary = (await SendAsync(new GenerateSummaries.Command(cycle.Id, tree.Administration.Id))).Single();
        using var chief = await ClientAsync((Role.Executive, tree.Administration.Id));
        var etag = (await chief.GetAsync($"/api/v1/summaries/{summary.Id}", Cancel)).Headers.ETag!.Tag;

        async Task<HttpResponseMessage> QuoteAsync(Guid dialogue, string key, string text)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/summaries/{summary.Id}")
            {
                Content = JsonContent.Create(new { narrative = "Text", highlights = Array.Empty<string>(), quotes = new[] { new { dialogueId = dialogue, questionKey = key, text } } }),
            };
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            return await chief.SendAsync(request, Cancel);
        }

        var refused = await (await QuoteAsync(school, "did-not-work", "Lokalerna räcker aldrig")).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/summary-quote-invalid");
        Assert.Equal("Quotes[0].Text", refused.GetProperty("field").GetString());
        await (await QuoteAsync(school, "went-well", "Lokalerna")).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/summary-quote-invalid");
        await (await QuoteAsync(care, "did-not-work", "Lokaler lokaler")).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/summary-quote-invalid");
        Assert.Empty((await SendAsync(new GetSummary.Query(summary.Id))).Draft!.Quotes);

        var saved = await QuoteAsync(school, "did-not-work", "Vi lärde   oss att planera tidigare.");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var quote = Assert.Single((await saved.Content.ReadFromJsonAsync<SummaryDto>(Cancel))!.Draft!.Quotes);
        Assert.Equal((school, tree.Unit.Name, "Vi lärde oss att planera tidigare."), (quote.DialogueId, quote.UnitName, quote.Text));
        var quotable = (await chief.GetFromJsonAsync<Core.Common.Paging.PagedList<QuotableAnswerDto>>($"/api/v1/summaries/{summary.Id}/quotable?question=did-not-work", Cancel))!;
        Assert.Equal([school, fritids], quotable.Items.Select(a => a.DialogueId).OrderBy(id => id == fritids).ToList());
        Assert.Equal(2, quotable.TotalCount);
    }

    [Fact]
    public async Task Regenerate_RefreshesTheFacts_AndKeepsTheExecutivesText()
    {
        var summary = (await SendAsync(new GenerateSummaries.Command(cycle.Id, tree.Administration.Id))).Single();
        await SendAsync(new UpdateSummary.Command(summary.Id, null, "Vår berättelse.", ["Lokalerna"], [new(fritids, "did-not-work", "Schemat fungerade inte.")]));
        await SendAsync(new RecordDialogueHeld.Command(fritids, null, Today, ["Fritidschef"], "Svar", []));

        var regenerated = await SendAsync(new RegenerateSummary.Command(summary.Id, null));
        var again = await SendAsync(new GenerateSummaries.Command(cycle.Id, null));

        Assert.Equal(2, regenerated.Draft!.Facts.Figures.Held);
        Assert.Equal(("Vår berättelse.", "Lokalerna"), (regenerated.Draft.Narrative, regenerated.Draft.Highlights.Single()));
        Assert.Equal("Schemat fungerade inte.", regenerated.Draft.Quotes.Single().Text);
        Assert.Equal(3, again.Count);
        Assert.Equal("Vår berättelse.", (await SendAsync(new GetSummary.Query(summary.Id))).Draft!.Narrative);
        Assert.Equal(3, await DbAsync(db => db.Summaries.CountAsync()));
    }

    [Fact]
    public async Task Publish_NeedsTheNarrative_NumbersVersions_AndIsANoOpWithoutChanges()
    {
        var summary = (await SendAsync(new GenerateSummaries.Command(cycle.Id, tree.City.Id))).Single();
        using var director = await ClientAsync((Role.Executive, tree.City.Id));

        await (await director.PostAsync($"/api/v1/summaries/{summary.Id}/publish", null, Cancel)).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/summary-narrative-missing");
        await SendAsync(new UpdateSummary.Command(summary.Id, null, "Första versionen.", [], []));
        var first = await SendAsync(new PublishSummary.Command(summary.Id, null));
        var regenerated = await SendAsync(new RegenerateSummary.Command(summary.Id, null));
        var unchanged = await SendAsync(new PublishSummary.Command(summary.Id, null));
        await SendAsync(new UpdateSummary.Command(summary.Id, null, "Andra versionen.", [], []));
        var second = await SendAsync(new PublishSummary.Command(summary.Id, null));

        Assert.Equal((1, false), (first.LatestVersion, first.ChangedSincePublished));
        Assert.False(regenerated.ChangedSincePublished);
        Assert.Equal(1, unchanged.LatestVersion);
        Assert.Equal((2, "Andra versionen."), (second.Published!.Number, second.Published.Narrative));
        using var anonymous = App.CreateClient();
        var versions = (await anonymous.GetFromJsonAsync<List<SummaryVersionListItemDto>>($"/api/v1/summaries/{summary.Id}/versions", Cancel))!;
        Assert.Equal([2, 1], versions.Select(v => v.Number).ToList());
        var old = (await anonymous.GetFromJsonAsync<SummaryVersionDto>($"/api/v1/summaries/{summary.Id}/versions/1", Cancel))!;
        Assert.Equal("Första versionen.", old.Narrative);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/summaries/{summary.Id}/versions/3", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync($"/api/v1/summaries/{summary.Id}/versions/0", Cancel)).StatusCode);
        var body = await anonymous.GetStringAsync($"/api/v1/summaries/{summary.Id}", Cancel);
        Assert.DoesNotContain("\"version\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishedSummaries_ListTheCityFirst_ThenItsAdministrationsByName()
    {
        foreach (var summary in await SendAsync(new GenerateSummaries.Command(cycle.Id, null)))
        {
            await SendAsync(new UpdateSummary.Command(summary.Id, null, "Text om " + summary.UnitName, [], []));
            await SendAsync(new PublishSummary.Command(summary.Id, null));
        }

        using var anonymous = App.CreateClient();
        var list = (await anonymous.GetFromJsonAsync<Core.Common.Paging.PagedList<PublishedSummaryDto>>("/api/v1/public/summaries", Cancel))!;

        Assert.Equal(
            [tree.City.Name, .. new[] { tree.Administration.Name, tree.OtherAdministration.Name }.Order(StringComparer.Ordinal)],
            list.Items.Select(i => i.UnitName).ToList());
    }

    [Fact]
    public async Task Update_WithoutOrWithAStaleIfMatch_ChangesNothing()
    {
        var summary = (await SendAsync(new GenerateSummaries.Command(cycle.Id, tree.City.Id))).Single();
        using var director = await ClientAsync((Role.Executive, tree.City.Id));
        var etag = (await director.GetAsync($"/api/v1/summaries/{summary.Id}", Cancel)).Headers.ETag!.Tag;
        await SendAsync(new UpdateSummary.Command(summary.Id, null, "Någon annans text.", [], []));

        var missing = await director.PutAsJsonAsync($"/api/v1/summaries/{summary.Id}", new { narrative = "Min text." }, Cancel);
        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/summaries/{summary.Id}") { Content = JsonContent.Create(new { narrative = "Min text." }) };
        stale.Headers.TryAddWithoutValidation("If-Match", etag);
        var refused = await director.SendAsync(stale, Cancel);
        using var tooMany = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/summaries/{summary.Id}")
        {
            Content = JsonContent.Create(new { narrative = "Min text.", highlights = Enumerable.Repeat("Punkt", 11) }),
        };
        tooMany.Headers.TryAddWithoutValidation("If-Match", "*");
        var invalid = await director.SendAsync(tooMany, Cancel);

        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("Någon annans text.", (await SendAsync(new GetSummary.Query(summary.Id))).Draft!.Narrative);
    }

    private Task<Guid> DialogueOfAsync(Guid unitId) =>
        DbAsync(db => db.Dialogues.Where(d => d.UnitId == unitId && d.CycleId == cycle.Id).Select(d => d.Id).SingleAsync());

    private sealed class StatementRecorder(ConcurrentQueue<string> statements) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            statements.Enqueue(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
