using System.Net;
using AngleSharp.Dom;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Goals;
using GovernanceDialogue.Core.Features.Summaries;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Pages;

/// <summary>
/// The summary pages as their readers and editors use them: the public list and reading view (never a draft), the
/// charts with their text alternatives and tables, and the executive's editor posted as a browser would.
/// </summary>
public sealed class SummaryPagesTests : IntegrationTest
{
    private const string Lesson = "Lokalerna räcker inte för alla barn. Vi lärde oss att planera tidigare.";
    private const string PublishedNarrative = "Dialogerna visar att lokalerna är den stora frågan.\n\nLedningen tar fram en lokalplan.";
    private const string NewerDraftText = "Ett utkast som ingen utanför ledningen får läsa.";

    private TestTree tree = default!;
    private Guid cycle;
    private Guid school;
    private Guid citySummary;
    private Guid administrationSummary;

    /// <summary>
    /// A city cycle: Ekskolan (two goals, one per theme) held with two agreements, its fritids submitted. The city's
    /// summary is published with a quote and then edited again (a newer draft); Skolförvaltningen's never published.
    /// </summary>
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        tree = await TestTree.CreateAsync(c => SendAsync(c));
        var picture = await SendAsync(new CreateGoalPicture.Command(
            tree.City.Id, "Staden som vill", "Berättelse", [new(null, "Trygg uppväxt", "Trygg", null), new(null, "Livfull stad", "Livfull", null), new(null, "Hållbar stad", "Hållbar", null)]));
        await SendAsync(new AdoptGoalPicture.Command(picture.Id, Today, "KF § 1", null, null));
        await SendAsync(new PublishGoalPicture.Command(picture.Id, null));
        var safe = await SendAsync(new AddGoal.Command(tree.Unit.Id, Today.Year, "Tryggare raster", "V", null, [], [picture.Themes[0].Id], "Rektor", "H", null));
        var lively = await SendAsync(new AddGoal.Command(tree.Unit.Id, Today.Year, "Fler aktiviteter", "V", null, [], [picture.Themes[1].Id], "Rektor", "H", null));

        var created = await SendAsync(new CreateCycle.Command(
            tree.City.Id, "Vår", null, Today.AddDays(-10), Today.AddDays(5), Today.AddDays(6), Today.AddDays(29), Today.AddDays(30)));
        cycle = (await SendAsync(new OpenCycle.Command(created.Id, null))).Id;
        school = await DialogueOfAsync(tree.Unit.Id);
        var fritids = await DialogueOfAsync(tree.SubUnit.Id);
        await SendAsync(new SaveDialogueNotes.Command(
            school, null,
            [new("did-not-work", Lesson), new("obstacles-and-support", "Vi behöver stöd med rekryteringen och lokalerna.")],
            [new(safe.Id, Assessment.OnTrack, null), new(lively.Id, Assessment.OffTrack, null)], []));
        await SendAsync(new SubmitDialogue.Command(school, null));
        await SendAsync(new RecordDialogueHeld.Command(
            school, null, Today, ["Rektor"], "Vi tar med oss lokalfrågan.",
            [
                new AgreementInput("Förvaltningen tar fram en lokalplan.", AgreementSide.Leadership, "Förvaltningschefen", Today.AddDays(60)),
                new AgreementInput("Skolan prövar nya rastaktiviteter.", AgreementSide.Unit, "Rektor", Today.AddDays(60)),
            ]));
        await SendAsync(new SaveDialogueNotes.Command(
            fritids, null, [new("did-not-work", "Lokalerna är för trånga."), new("obstacles-and-support", "Rekryteringen går trögt.")], [], []));
        await SendAsync(new SubmitDialogue.Command(fritids, null));

        var generated = await SendAsync(new GenerateSummaries.Command(cycle, null));
        citySummary = generated.Single(s => s.UnitId == tree.City.Id).Id;
        administrationSummary = generated.Single(s => s.UnitId == tree.Administration.Id).Id;
        await SendAsync(new UpdateSummary.Command(
            citySummary, null, PublishedNarrative, ["Alla dialoger hölls"], [new QuoteInput(school, "did-not-work", "Vi lärde oss att planera tidigare.")]));
        await SendAsync(new PublishSummary.Command(citySummary, null));
        await SendAsync(new UpdateSummary.Command(citySummary, null, NewerDraftText, ["Hemlig punkt"], []));
    }

    private Task<Guid> DialogueOfAsync(Guid unitId) =>
        DbAsync(db => db.Dialogues.Where(d => d.CycleId == cycle && d.UnitId == unitId).Select(d => d.Id).SingleAsync());

    private Task<Core.Domain.Summaries.Summary> StoredAsync(Guid id) => DbAsync(db => db.Summaries.AsNoTracking().SingleAsync(s => s.Id == id));

    private HttpClient Anonymous() => App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static string Text(IElement? element) => string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void AssertErrorOn(IDocument page, string fieldId, string? text = null)
    {
        var summary = page.QuerySelector(".error-summary") ?? throw new Xunit.Sdk.XunitException("No error summary on the page: " + Text(page.QuerySelector("main")));
        var link = summary.QuerySelector($"a[href='#{fieldId}']");
        Assert.True(link is not null, $"The error summary has no link to #{fieldId}: {summary.InnerHtml}");
        Assert.Equal("true", page.GetElementById(fieldId)?.GetAttribute("aria-invalid"));
        if (text is not null)
        {
            Assert.Contains(text, link!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Anonymous_ReadsThePublishedSummary_NeverADraft_NorTheNewerDraftText()
    {
        using var anonymous = Anonymous();

        var list = await anonymous.GetPageAsync("/summaries");
        var links = list.QuerySelectorAll("table.summaries a").Select(a => (Text(a), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Vår – Testby stad", $"/summaries/{citySummary}")], links);

        var page = await anonymous.GetPageAsync($"/summaries/{citySummary}");
        Assert.Equal("Vår – Testby stad", Text(page.QuerySelector("h1")));
        Assert.Equal(
            ["Dialogerna visar att lokalerna är den stora frågan.", "Ledningen tar fram en lokalplan."],
            page.QuerySelectorAll(".summary-narrative p").Select(Text).ToArray());
        Assert.Equal(["Alla dialoger hölls"], page.QuerySelectorAll(".summary-highlights li").Select(Text).ToArray());
        var quote = Assert.Single(page.QuerySelectorAll("figure.quote"));
        Assert.Equal("Vi lärde oss att planera tidigare.", Text(quote.QuerySelector("blockquote")));
        Assert.Equal("Ekskolan", Text(quote.QuerySelector("figcaption cite")));
        var main = Text(page.QuerySelector("main"));
        Assert.DoesNotContain(NewerDraftText, main, StringComparison.Ordinal);
        Assert.DoesNotContain("Hemlig punkt", main, StringComparison.Ordinal);
        Assert.DoesNotContain(Lesson, main, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"a[href='/summaries/{citySummary}/edit']"));
        Assert.NotNull(page.QuerySelector($"a[href='/api/v1/summaries/{citySummary}.pdf']"));
        Assert.NotNull(page.QuerySelector($"a[href='/api/v1/summaries/{citySummary}.csv']"));

        // Asking for the draft shows the published version all the same.
        var asked = await anonymous.GetPageAsync($"/summaries/{citySummary}?draft=true");
        Assert.DoesNotContain(NewerDraftText, Text(asked.QuerySelector("main")), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/summaries/{administrationSummary}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/summaries/{citySummary}?version=2", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/summaries/{citySummary}?version=0", Cancel)).StatusCode);
        var edit = await anonymous.GetAsync($"/summaries/{citySummary}/edit", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal("/account/login", edit.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task OlderVersion_IsReadByNumber_WithAPointerToTheLatest()
    {
        await SendAsync(new PublishSummary.Command(citySummary, null));
        using var anonymous = Anonymous();

        var first = await anonymous.GetPageAsync($"/summaries/{citySummary}?version=1");
        var latest = await anonymous.GetPageAsync($"/summaries/{citySummary}");

        Assert.Contains("Ledningen tar fram en lokalplan.", Text(first.QuerySelector(".summary-narrative")), StringComparison.Ordinal);
        Assert.Contains("En nyare version finns (version 2)", Text(first.QuerySelector("main")), StringComparison.Ordinal);
        Assert.NotNull(first.QuerySelector($"a[href='/api/v1/summaries/{citySummary}.pdf?version=1']"));
        Assert.Contains(NewerDraftText, Text(latest.QuerySelector(".summary-narrative")), StringComparison.Ordinal);
        Assert.Equal(["Version 2", "Version 1"], latest.QuerySelectorAll("ol.versions a").Select(Text).ToArray());
        Assert.Equal("Version 2", Text(latest.QuerySelector("ol.versions a[aria-current=page]")));
    }

    [Fact]
    public async Task Charts_HaveATitleAndADescription_AndTheirTablesShowTheNumbersOfSummaryCharts()
    {
        using var anonymous = Anonymous();
        var page = await anonymous.GetPageAsync($"/summaries/{citySummary}");
        var facts = (await SendAsync(new GetSummaryVersion.Query(citySummary, 1))).Facts;

        var charts = page.QuerySelectorAll("figure.summary-chart svg").ToList();
        Assert.Equal(3, charts.Count);
        foreach (var svg in charts)
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            var title = page.GetElementById(svg.GetAttribute("aria-labelledby")!);
            var desc = page.GetElementById(svg.GetAttribute("aria-describedby")!);
            Assert.Equal("title", title?.LocalName);
            Assert.Equal("desc", desc?.LocalName);
            Assert.False(string.IsNullOrWhiteSpace(title!.TextContent));
            Assert.Matches(@"\d", desc!.TextContent);
            Assert.Equal(Text(desc), Text(svg.ParentElement!.QuerySelector("figcaption")));
        }

        var themes = SummaryCharts.StatusPerTheme(facts);
        Assert.Equal(2, themes.Count);
        Assert.Equal(
            themes.Select(t => new[] { t.Theme!, $"{t.OnTrack}", $"{t.Uncertain}", $"{t.OffTrack}", $"{t.Total}" }).ToList(),
            Rows(page, "themes-table"));
        Assert.Contains("Trygg uppväxt: 1 i fas, 0 osäkra, 0 inte i fas", Text(page.GetElementById("summary-themes-desc")), StringComparison.Ordinal);

        static string Share(int? value) => value is { } v ? $"{v} %" : "–";
        Assert.Equal(
            SummaryCharts.Trend(facts).Select(t => new[] { t.Cycle, Share(t.GoalsOnTrackPercent), Share(t.AgreementsKeptPercent) }).ToList(),
            Rows(page, "trend-table"));
        var comparison = SummaryCharts.Comparison(facts);
        Assert.Equal(2, comparison.Count);
        Assert.Equal(
            comparison.Select(c => new[] { c.Administration, $"{c.Dialogues}", $"{c.Held}", Share(c.GoalsOnTrackPercent), Share(c.AgreementsKeptPercent) }).ToList(),
            Rows(page, "comparison-table"));

        foreach (var table in new[] { "themes-table", "trend-table", "comparison-table" })
        {
            var element = page.GetElementById(table)!;
            Assert.False(string.IsNullOrWhiteSpace(element.QuerySelector("caption")?.TextContent));
            Assert.All(element.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.All(element.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        }
    }

    private static List<string[]> Rows(IDocument page, string tableId) =>
        page.GetElementById(tableId)!.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(Text).ToArray()).ToList();

    [Fact]
    public async Task Politician_ReadsTheSummary_ButGetsNoEditLinkAndNoEditor()
    {
        using var politician = await ClientAsync((Role.Politician, tree.City.Id));

        var page = await politician.GetPageAsync($"/summaries/{citySummary}");

        Assert.NotNull(page.QuerySelector("main nav a[href='/summaries']"));
        Assert.Null(page.QuerySelector("a[href$='/edit']"));
        Assert.DoesNotContain(NewerDraftText, Text(page.QuerySelector("main")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await politician.GetAsync($"/summaries/{citySummary}/edit", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await politician.GetAsync($"/summaries/{administrationSummary}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Executive_SeesTheEditLinkAndPreviewsTheDraft_AnotherAdministrationsExecutiveDoesNot()
    {
        using var director = await ClientAsync((Role.Executive, tree.City.Id));
        using var otherChief = await ClientAsync((Role.Executive, tree.OtherAdministration.Id));

        var page = await director.GetPageAsync($"/summaries/{citySummary}");
        var preview = await director.GetPageAsync($"/summaries/{citySummary}?draft=true");

        Assert.NotNull(page.QuerySelector($"a[href='/summaries/{citySummary}/edit']"));
        Assert.Contains("ändringar som inte är publicerade", Text(page.QuerySelector("main")), StringComparison.Ordinal);
        Assert.Contains(NewerDraftText, Text(preview.QuerySelector(".summary-narrative")), StringComparison.Ordinal);
        Assert.Contains("inte publicerat", Text(preview.QuerySelector(".draft-notice")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherChief.GetAsync($"/summaries/{citySummary}/edit", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherChief.GetAsync($"/summaries/{administrationSummary}/edit", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Editor_ShowsTheGeneratedFactsBesideTheForm_AndTheState()
    {
        using var director = await ClientAsync((Role.Executive, tree.City.Id));

        var page = await director.GetPageAsync($"/summaries/{citySummary}/edit");

        var editor = page.QuerySelector(".summary-editor")!;
        Assert.NotNull(editor.QuerySelector(".summary-facts #themes-table"));
        Assert.NotNull(editor.QuerySelector(".summary-facts figure.summary-chart svg[role=img]"));
        Assert.Contains("rekryteringen", Text(editor.QuerySelector(".summary-facts .summary-topics")), StringComparison.Ordinal);
        Assert.Contains("Publicerad som version 1 – utkastet har ändrats sedan dess", Text(page.QuerySelector(".summary-state")), StringComparison.Ordinal);
        var form = BrowserForm.WithButton(page, "Spara utkast");
        Assert.Equal(NewerDraftText, form.Field("Vad dialogerna visade").TextContent.Trim());
        Assert.Equal("Hemlig punkt", form.Field("Punkt 1").GetAttribute("value"));
        Assert.Equal(10, form.Form.QuerySelectorAll("ol.highlight-rows input").Length);
        // The submitted answers to quote from, with the lesson among them; the list is for this page only.
        Assert.Contains(Lesson, Text(page.QuerySelector("ul.quotable-answers")), StringComparison.Ordinal);

        var administration = await (await ClientAsync((Role.Executive, tree.Administration.Id))).GetPageAsync($"/summaries/{administrationSummary}/edit");
        Assert.Contains("Utkast – aldrig publicerat", Text(administration.QuerySelector(".summary-state")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Executive_SavesTheDraft_WithHighlightsAndAShortenedQuote()
    {
        using var director = await ClientAsync((Role.Executive, tree.City.Id));
        var page = await director.GetPageAsync($"/summaries/{citySummary}/edit?question=did-not-work");

        // Choosing an answer adds it whole as a quote row, keeping what was typed; nothing is saved yet.
        var typed = BrowserForm.WithButton(page, "Spara utkast")
            .Fill("Vad dialogerna visade", "Lokalerna är den stora frågan.")
            .Fill("Punkt 2", "Två överenskommelser");
        var added = await typed.SubmitAsync(director, "Citera svaret från Ekskolan");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var withQuote = await added.ParseAsync();
        var form = BrowserForm.WithButton(withQuote, "Spara utkast");
        Assert.Equal("Lokalerna är den stora frågan.", form.Field("Vad dialogerna visade").TextContent.Trim());
        Assert.Equal(Lesson, form.Field("Citatet").TextContent.Trim());
        Assert.Equal(NewerDraftText, (await StoredAsync(citySummary)).Narrative);

        var saved = await form.Fill("Citatet", "Vi lärde oss att planera tidigare.").SubmitAsync(director, "Spara utkast");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await StoredAsync(citySummary);
        Assert.Equal("Lokalerna är den stora frågan.", stored.Narrative);
        Assert.Equal(["Hemlig punkt", "Två överenskommelser"], stored.Highlights);
        var quote = Assert.Single(stored.Quotes);
        Assert.Equal((school, "did-not-work", "Ekskolan", "Vi lärde oss att planera tidigare."), (quote.DialogueId, quote.QuestionKey, quote.UnitName, quote.Text));
        var after = await director.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("Utkastet är sparat", Text(after.QuerySelector("[role=status]")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Executive_QuoteNotWordForWord_ShowsTheErrorOnItsRow_KeepsWhatWasTyped_AndSavesNothing()
    {
        await SendAsync(new UpdateSummary.Command(citySummary, null, "Text", [], [new QuoteInput(school, "did-not-work", "Vi lärde oss att planera tidigare.")]));
        using var director = await ClientAsync((Role.Executive, tree.City.Id));
        var page = await director.GetPageAsync($"/summaries/{citySummary}/edit?question=did-not-work");
        var added = await BrowserForm.WithButton(page, "Spara utkast").SubmitAsync(director, "Citera svaret från Ekskolan");
        var form = BrowserForm.WithButton(await added.ParseAsync(), "Spara utkast")
            .Fill("Vad dialogerna visade", "Min nya text.")
            .Set("Input.Quotes[1].Text", "Vi lärde oss att planera senare.");

        var response = await form.SubmitAsync(director, "Spara utkast");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await response.ParseAsync();
        AssertErrorOn(shown, "Input_Quotes_1__Text", "Citat 2");
        Assert.Single(shown.QuerySelectorAll(".error-summary li"));
        Assert.Null(shown.GetElementById("Input_Quotes_0__Text")!.GetAttribute("aria-invalid"));
        Assert.Equal("Vi lärde oss att planera senare.", shown.GetElementById("Input_Quotes_1__Text")!.TextContent.Trim());
        Assert.Equal("Min nya text.", shown.GetElementById("Input_Narrative")!.TextContent.Trim());
        var stored = await StoredAsync(citySummary);
        Assert.Equal("Text", stored.Narrative);
        Assert.Single(stored.Quotes);
    }

    [Fact]
    public async Task Executive_PublishesWithoutANarrative_SeesTheRuleOnTheNarrative_ThenPublishesWithOne()
    {
        using var chief = await ClientAsync((Role.Executive, tree.Administration.Id));
        var page = await chief.GetPageAsync($"/summaries/{administrationSummary}/edit");

        var refused = await BrowserForm.WithButton(page, "Spara och publicera").Fill("Punkt 1", "Lokalerna").SubmitAsync(chief, "Spara och publicera");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var shown = await refused.ParseAsync();
        AssertErrorOn(shown, "Input_Narrative", "Skriv den sammanfattande texten");
        Assert.Equal(0, (await StoredAsync(administrationSummary)).LatestVersion);
        Assert.Equal(["Lokalerna"], (await StoredAsync(administrationSummary)).Highlights);

        var published = await BrowserForm.WithButton(shown, "Spara och publicera")
            .Fill("Vad dialogerna visade", "Skolorna behöver lokaler.")
            .SubmitAsync(chief, "Spara och publicera");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal($"/summaries/{administrationSummary}", published.Headers.Location!.OriginalString);
        var stored = await StoredAsync(administrationSummary);
        Assert.Equal((1, false, "Skolorna behöver lokaler."), (stored.LatestVersion, stored.ChangedSincePublished, stored.Narrative));
        using var anonymous = Anonymous();
        var read = await anonymous.GetPageAsync($"/summaries/{administrationSummary}");
        Assert.Equal("Skolorna behöver lokaler.", Text(read.QuerySelector(".summary-narrative p")));
        Assert.Equal(2, (await anonymous.GetPageAsync("/summaries")).QuerySelectorAll("table.summaries tbody tr").Length);
    }

    [Fact]
    public async Task Executive_PublishingUnchanged_MakesNoNewVersion()
    {
        await SendAsync(new PublishSummary.Command(citySummary, null));
        using var director = await ClientAsync((Role.Executive, tree.City.Id));
        var page = await director.GetPageAsync($"/summaries/{citySummary}/edit");

        var response = await BrowserForm.WithButton(page, "Spara och publicera").SubmitAsync(director, "Spara och publicera");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(2, (await StoredAsync(citySummary)).LatestVersion);
        Assert.Equal(2, await DbAsync(db => db.SummaryVersions.CountAsync(v => v.SummaryId == citySummary)));
    }

    [Fact]
    public async Task Executive_ConcurrentChange_ShowsAClearMessage_KeepsWhatWasTyped_AndSavesOnlyWhenAskedAgain()
    {
        using var director = await ClientAsync((Role.Executive, tree.City.Id));
        var page = await director.GetPageAsync($"/summaries/{citySummary}/edit");
        var form = BrowserForm.WithButton(page, "Spara utkast").Fill("Vad dialogerna visade", "Min version av texten.");
        await SendAsync(new UpdateSummary.Command(citySummary, null, "Kollegans version.", [], []));

        var response = await form.SubmitAsync(director, "Spara utkast");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await response.ParseAsync();
        Assert.Contains("Någon annan har sparat sammanfattningen", Text(shown.QuerySelector(".error-summary")), StringComparison.Ordinal);
        Assert.Equal("Min version av texten.", shown.GetElementById("Input_Narrative")!.TextContent.Trim());
        Assert.Contains("Kollegans version.", Text(shown.QuerySelector(".stored-text")), StringComparison.Ordinal);
        Assert.Equal("Kollegans version.", (await StoredAsync(citySummary)).Narrative);

        var again = await BrowserForm.WithButton(shown, "Spara utkast").SubmitAsync(director, "Spara utkast");

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Min version av texten.", (await StoredAsync(citySummary)).Narrative);
    }

    [Fact]
    public async Task Executive_Regenerates_TheFactsChange_TheTextStays()
    {
        await SendAsync(new AddAgreement.Command(school, new AgreementInput("Rastvärdar på plats.", AgreementSide.Unit, "Rektor", Today.AddDays(10))));
        using var director = await ClientAsync((Role.Executive, tree.City.Id));
        var page = await director.GetPageAsync($"/summaries/{citySummary}/edit");

        var response = await BrowserForm.WithButton(page, "Spara och generera fakta på nytt").SubmitAsync(director, "Spara och generera fakta på nytt");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await StoredAsync(citySummary);
        Assert.Equal((3, NewerDraftText), (stored.Facts.Figures.AgreementsMade, stored.Narrative));
    }

    [Fact]
    public async Task List_FiltersByCycleAndUnit()
    {
        await SendAsync(new UpdateSummary.Command(administrationSummary, null, "Skolans text", [], []));
        await SendAsync(new PublishSummary.Command(administrationSummary, null));
        using var anonymous = Anonymous();

        var all = await anonymous.GetPageAsync("/summaries");
        var school = await anonymous.GetPageAsync($"/summaries?unit={tree.Administration.Id}");
        var none = await anonymous.GetPageAsync($"/summaries?cycle={Guid.NewGuid()}");

        Assert.Equal(2, all.QuerySelectorAll("table.summaries tbody tr").Length);
        Assert.Equal(["Vår – Skolförvaltningen"], school.QuerySelectorAll("table.summaries tbody th a").Select(Text).ToArray());
        Assert.Equal(tree.Administration.Id.ToString(), school.QuerySelector("#unit option[selected]")!.GetAttribute("value"));
        Assert.Equal(2, all.QuerySelectorAll("#unit option").Length - 1);
        Assert.Null(none.QuerySelector("table.summaries"));
    }

    [Fact]
    public async Task StartPage_ShowsTheCitysLatestPublishedSummary_WithItsHighlights()
    {
        using var anonymous = Anonymous();

        var page = await anonymous.GetPageAsync("/");

        var latest = page.QuerySelector("section.latest-summary")!;
        Assert.Equal("Vår – Testby stad", Text(latest.QuerySelector("h2")));
        Assert.Equal(["Alla dialoger hölls"], latest.QuerySelectorAll("li").Select(Text).ToArray());
        Assert.NotNull(latest.QuerySelector($"a[href='/summaries/{citySummary}']"));
        Assert.NotNull(page.QuerySelector("form[role=search][action='/units'] input[name=q]"));
        Assert.NotNull(page.QuerySelector("nav a[href='/summaries']"));
    }

    [Fact]
    public async Task CyclePage_ListsTheSummariesWithTheirState_AndExecutivesGenerateTheirOwn()
    {
        using var director = await ClientAsync((Role.Executive, tree.City.Id));
        using var chief = await ClientAsync((Role.Executive, tree.Administration.Id));
        using var politician = await ClientAsync((Role.Politician, tree.City.Id));

        var forDirector = await director.GetPageAsync($"/cycles/{cycle}");
        var forChief = await chief.GetPageAsync($"/cycles/{cycle}");
        var forPolitician = await politician.GetPageAsync($"/cycles/{cycle}");

        string[] Rows(IDocument page) =>
            page.QuerySelectorAll(".cycle-summaries tbody tr").Select(r => $"{Text(r.QuerySelector("th"))} | {Text(r.QuerySelector("td"))}").ToArray();
        Assert.Equal(
            ["Vår – Testby stad | Publicerad som version 1 – utkastet har ändrats sedan dess", "Vår – Omsorgsförvaltningen | Utkast – aldrig publicerat", "Vår – Skolförvaltningen | Utkast – aldrig publicerat"],
            Rows(forDirector));
        Assert.Equal(["Vår – Testby stad | Publicerad, version 1", "Vår – Skolförvaltningen | Utkast – aldrig publicerat"], Rows(forChief));
        Assert.Equal(["Vår – Testby stad | Publicerad, version 1"], Rows(forPolitician));
        Assert.NotNull(forDirector.QuerySelector($".cycle-summaries a[href='/summaries/{citySummary}/edit']"));
        Assert.Null(forChief.QuerySelector($".cycle-summaries a[href='/summaries/{citySummary}/edit']"));
        Assert.NotNull(forChief.QuerySelector($".cycle-summaries a[href='/summaries/{administrationSummary}/edit']"));
        Assert.Empty(forPolitician.QuerySelectorAll(".cycle-summaries a[href$='/edit'], .cycle-summaries button"));
        Assert.Equal(["Generera sammanfattningar"], forDirector.QuerySelectorAll(".cycle-summaries button").Select(Text).ToArray());
        Assert.Equal(["Generera sammanfattningen för Skolförvaltningen"], forChief.QuerySelectorAll(".cycle-summaries button").Select(Text).ToArray());

        await SendAsync(new AddAgreement.Command(school, new AgreementInput("Rastvärdar på plats.", AgreementSide.Unit, "Rektor", Today.AddDays(10))));
        var generated = await BrowserForm.WithButton(forChief, "Generera sammanfattningen för Skolförvaltningen").SubmitAsync(chief, "Generera sammanfattningen för Skolförvaltningen");

        Assert.Equal(HttpStatusCode.Redirect, generated.StatusCode);
        Assert.Equal((3, 2), ((await StoredAsync(administrationSummary)).Facts.Figures.AgreementsMade, (await StoredAsync(citySummary)).Facts.Figures.AgreementsMade));
        var after = await chief.GetPageAsync(generated.Headers.Location!.OriginalString);
        Assert.Contains("Genererade sammanfattningar: 1", Text(after.QuerySelector("[role=status]")), StringComparison.Ordinal);
    }
}
