using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Analyses;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Core.Features.Analyses;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Goals;
using GovernanceDialogue.Core.Features.Missions;
using GovernanceDialogue.Core.Features.Records;
using GovernanceDialogue.Core.Features.Summaries;
using GovernanceDialogue.Core.Persistence;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.IntegrationTests.Exports;

/// <summary>
/// The PDF and JSON exports over a city cycle with known dialogues: Ekskolan held (one goal on track under "Trygg och
/// jämlik stad", one off track without a theme, two agreements), its fritids submitted, Hemtjänst Norr preparing.
/// Ekskolan also has a published mission and a completed analysis of the cycle's year. The PDFs are read back with
/// PdfPig and must say exactly that.
/// </summary>
public sealed class ExportTests : IntegrationTest
{
    private const string Narrative = "Skolorna växer och lokalerna räcker inte. Förvaltningen tar fram en lokalplan före årsskiftet.";
    private const string Answer = "Lokalerna räcker inte och vi fick dela klassrum. Vi lärde oss att planera tidigare.";

    private readonly SqlCommandCounter queries = new();
    private TestTree tree = default!;
    private CycleDto cycle = default!;
    private Guid school;
    private Guid fritids;
    private Guid care;
    private Guid keptAgreement;

    private int Year => Today.AddDays(-10).Year;

    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(queries));

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        tree = await TestTree.CreateAsync(c => SendAsync(c));
        var picture = await SendAsync(new CreateGoalPicture.Command(
            tree.City.Id, "Staden som vill och vågar", "Berättelse",
            [new ThemeInput(null, "Trygg och jämlik stad", "Trygghet för alla", null), new ThemeInput(null, "Livfull stad", "Liv", null), new ThemeInput(null, "Hållbar stad", "Miljö", null)]));
        await SendAsync(new AdoptGoalPicture.Command(picture.Id, Today.AddDays(-30), "KF § 12", null, null));
        await SendAsync(new PublishGoalPicture.Command(picture.Id, null));
        var theme = picture.Themes[0].Id;

        var mission = await SendAsync(new GetMission.Query(tree.Unit.Id));
        await SendAsync(new SaveMissionDraft.Command(
            tree.Unit.Id, mission.Version, "Ekskolan ger varje elev en trygg och lärorik skolgång.", "Vi är skolan för barnen på Ekbacken.", ["Elever i årskurs 1–6", "Vårdnadshavare"], "Skollagen (2010:800)"));
        await SendAsync(new PublishMission.Command(tree.Unit.Id, null));
        var analysis = await SendAsync(new CreateAnalysis.Command(tree.Unit.Id, Year));
        await SendAsync(new UpdateAnalysis.Command(
            tree.Unit.Id, analysis.Id, null, "Engagerade lärare.", "Trånga lokaler.", "Rekryteringen.", null, null, [EqualityGroup.Gender], "Pojkarnas läsning släpar efter.", null));
        await SendAsync(new AddObservation.Command(tree.Unit.Id, analysis.Id, "Elever som känner sig trygga", 87.5m, "%", Year.ToString(), "Elevenkät", null, null, null, null, null));
        await SendAsync(new CompleteAnalysis.Command(tree.Unit.Id, analysis.Id, null));
        var goals = new[]
        {
            (await SendAsync(new AddGoal.Command(tree.Unit.Id, Year, "Fler elever når målen", "Resultaten sjunker", null, [], [theme], "Rektor", "Betygen stiger", null))).Id,
            (await SendAsync(new AddGoal.Command(tree.Unit.Id, Year, "Tryggare raster", "Otrygghet på gården", null, [], [], "Rektor", "Enkäten visar det", null))).Id,
        };

        cycle = await SendAsync(new CreateCycle.Command(
            tree.City.Id, "Vår", null, Today.AddDays(-10), Today.AddDays(5), Today.AddDays(6), Today.AddDays(29), Today.AddDays(30)));
        cycle = await SendAsync(new OpenCycle.Command(cycle.Id, null));
        school = await DialogueOfAsync(tree.Unit.Id);
        fritids = await DialogueOfAsync(tree.SubUnit.Id);
        care = await DialogueOfAsync(tree.OtherUnit.Id);

        await SendAsync(new SaveDialogueNotes.Command(
            school, null,
            [new("did-not-work", Answer), new("obstacles-and-support", "Vi behöver stöd med rekryteringen av lärare.")],
            [new(goals[0], Assessment.OnTrack, "Läsningen går framåt."), new(goals[1], Assessment.OffTrack, "Oroligt på gården.")],
            []));
        await SendAsync(new SubmitDialogue.Command(school, null));
        var held = await SendAsync(new RecordDialogueHeld.Command(
            school, null, Today, ["Rektor", "Förvaltningschef"], "Vi tar med oss lokalfrågan till nämnden.",
            [
                new AgreementInput("Förvaltningen tar fram en lokalplan.", AgreementSide.Leadership, "Förvaltningschefen", Today.AddDays(60)),
                new AgreementInput("Skolan prövar nya rastaktiviteter.", AgreementSide.Unit, "Rektor", Today.AddDays(60)),
            ]));
        keptAgreement = held.Agreements.Single(a => a.Side == AgreementSide.Unit).Id;
        await SendAsync(new AddAgreementNote.Command(keptAgreement, "Rastvärdar är på plats från måndag."));

        await SendAsync(new SaveDialogueNotes.Command(
            fritids, null, [new("did-not-work", "Schemat fungerade inte."), new("obstacles-and-support", "Rekryteringen går trögt.")], [], []));
        await SendAsync(new SubmitDialogue.Command(fritids, null));
        await SendAsync(new SaveDialogueNotes.Command(care, null, [new("did-not-work", "Lokaler och schemat.")], [], []));
    }

    [Fact]
    public async Task SummaryPdf_OfThePublishedVersion_HasTheSwedishTitleTextFiguresAndEveryChartsNumbers()
    {
        var summary = await PublishedCitySummaryAsync();
        using var anonymous = App.CreateClient();

        var response = await anonymous.GetAsync($"/api/v1/summaries/{summary}.pdf", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.ContentType()?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Sammanfattning-Var-Testby-stad-v1.pdf", disposition.FileName?.Trim('"'));
        Assert.Equal("Sammanfattning-Vår-Testby-stad-v1.pdf", disposition.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancel);
        if (Environment.GetEnvironmentVariable("GD_EXPORT_DUMP") is { Length: > 0 } dump)
        {
            await File.WriteAllBytesAsync(Path.Combine(dump, "summary.pdf"), bytes, Cancel);
        }

        var pdf = PdfText.Read(bytes);

        Assert.Equal("Sammanfattning: Vår – Testby stad", pdf.Title);
        Assert.True(pdf.HasLine("Sammanfattning: Vår – Testby stad"), pdf.All);
        Assert.True(pdf.HasLine("Version 1, publicerad"), pdf.All);
        Assert.Contains("Skolorna växer och lokalerna räcker inte.", pdf.All, StringComparison.Ordinal);
        Assert.True(pdf.HasLine("Två av tre dialoger är inlämnade"), pdf.All);
        Assert.True(pdf.HasLine("”Vi lärde oss att planera tidigare.”"), pdf.All);
        Assert.True(pdf.HasLine("– Ekskolan"), pdf.All);

        // The figures as counted from the dialogues.
        Assert.True(pdf.HasLine("Dialoger 3"), pdf.All);
        Assert.True(pdf.HasLine("Förbereds 1"), pdf.All);
        Assert.True(pdf.HasLine("Inlämnade 1"), pdf.All);
        Assert.True(pdf.HasLine("Genomförda 1"), pdf.All);
        Assert.True(pdf.HasLine("Överenskommelser gjorda 2"), pdf.All);
        Assert.True(pdf.HasLine("Överenskommelser där ledningen åtar sig något 1"), pdf.All);
        Assert.True(pdf.HasLine("Överenskommelser genomförda 0"), pdf.All);
        Assert.True(pdf.HasLine("Överenskommelser försenade 0"), pdf.All);
        Assert.True(pdf.HasLine("Dialoger som bad ledningen om stöd 2"), pdf.All);
        Assert.True(pdf.HasLine("rekryteringen 2"), pdf.All);

        // Each chart, then its numbers: per theme (on track, uncertain, off track, total), the trend, the administrations.
        Assert.True(pdf.HasLine("Målens läge per fokusområde"), pdf.All);
        Assert.True(pdf.HasLine("Trygg och jämlik stad 1 0 0 1"), pdf.All);
        Assert.True(pdf.HasLine("Mål utan fokusområde 0 0 1 1"), pdf.All);
        Assert.True(pdf.HasLine("Utvecklingen över omgångarna"), pdf.All);
        Assert.True(pdf.Lines.Any(l => l.StartsWith("Vår ", StringComparison.Ordinal) && l.EndsWith("50 % 0 %", StringComparison.Ordinal)), pdf.All);
        Assert.True(pdf.HasLine("Förvaltningarna bredvid varandra"), pdf.All);
        Assert.True(pdf.HasLine("Skolförvaltningen 2 1 50 % 0 %"), pdf.All);
        Assert.True(pdf.HasLine("Omsorgsförvaltningen 1 0 – –"), pdf.All);
        Assert.All(pdf.Pages.Select((lines, i) => (lines, i)), p => Assert.Contains($"Sida {p.i + 1} av {pdf.Pages.Count}", p.lines[^1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task SummaryPdf_AnOlderVersion_AndInEnglish()
    {
        var summary = await PublishedCitySummaryAsync();
        await SendAsync(new UpdateSummary.Command(summary, null, "Den andra versionen av berättelsen.", [], []));
        await SendAsync(new PublishSummary.Command(summary, null));
        using var anonymous = App.CreateClient();

        var latest = PdfText.Read(await anonymous.GetByteArrayAsync($"/api/v1/summaries/{summary}.pdf", Cancel));
        var first = PdfText.Read(await anonymous.GetByteArrayAsync($"/api/v1/summaries/{summary}.pdf?version=1", Cancel));
        var english = await anonymous.GetAsync($"/api/v1/summaries/{summary}.pdf?culture=en-GB", Cancel);

        Assert.Contains("Den andra versionen av berättelsen.", latest.All, StringComparison.Ordinal);
        Assert.True(latest.HasLine("Version 2, publicerad"), latest.All);
        Assert.Contains("Skolorna växer", first.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Den andra versionen", first.All, StringComparison.Ordinal);
        var text = PdfText.Read(await english.Content.ReadAsByteArrayAsync(Cancel));
        Assert.True(text.HasLine("Summary: Vår – Testby stad"), text.All);
        Assert.True(text.HasLine("Dialogues 3"), text.All);
        Assert.True(text.HasLine("Skolförvaltningen 2 1 50% 0%"), text.All);
        Assert.True(text.HasLine("Page 1 of"), text.All);
        Assert.Equal("Summary-Vår-Testby-stad-v2.pdf", english.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Fact]
    public async Task SummaryPdf_TheDraft_IsForTheExecutivesOfTheScopeOnly()
    {
        var summary = (await SendAsync(new GenerateSummaries.Command(cycle.Id, tree.Administration.Id))).Single().Id;
        await SendAsync(new UpdateSummary.Command(summary, null, "Ett utkast som bara ledningen ser.", [], []));
        using var chief = await ClientAsync((Role.Executive, tree.Administration.Id));
        using var otherChief = await ClientAsync((Role.Executive, tree.OtherAdministration.Id));
        using var politician = await ClientAsync((Role.Politician, tree.City.Id));
        using var manager = await ClientAsync((Role.UnitManager, tree.Unit.Id));
        using var anonymous = App.CreateClient();

        foreach (var reader in new[] { politician, otherChief, manager, anonymous })
        {
            await (await reader.GetAsync($"/api/v1/summaries/{summary}.pdf?draft=true", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
            await (await reader.GetAsync($"/api/v1/summaries/{summary}.pdf", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        }

        // Not published yet: there is no published PDF, even for the executive.
        await (await chief.GetAsync($"/api/v1/summaries/{summary}.pdf", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        var draft = await chief.GetAsync($"/api/v1/summaries/{summary}.pdf?draft=true", Cancel);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Contains("no-store", draft.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var text = PdfText.Read(await draft.Content.ReadAsByteArrayAsync(Cancel));
        Assert.True(text.HasLine("Sammanfattning: Vår – Skolförvaltningen"), text.All);
        Assert.True(text.HasLine("Utkast – inte publicerat"), text.All);
        Assert.Contains("Ett utkast som bara ledningen ser.", text.All, StringComparison.Ordinal);
        Assert.DoesNotContain(text.Lines, l => l.Contains("Förvaltningarna bredvid varandra", StringComparison.Ordinal));

        await SendAsync(new PublishSummary.Command(summary, null));
        await SendAsync(new UpdateSummary.Command(summary, null, "Nästa utkast.", [], []));
        // Published: the draft is refused as the CSV's is (401 or 403), since the summary no longer hides.
        await (await politician.GetAsync($"/api/v1/summaries/{summary}.pdf?draft=true", Cancel)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await otherChief.GetAsync($"/api/v1/summaries/{summary}.pdf?draft=true", Cancel)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await anonymous.GetAsync($"/api/v1/summaries/{summary}.pdf?draft=true", Cancel)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        foreach (var extension in new[] { "pdf", "csv" })
        {
            await (await manager.GetAsync($"/api/v1/summaries/{summary}.{extension}?draft=true", Cancel)).AssertProblemAsync(HttpStatusCode.Forbidden);
        }

        var published = PdfText.Read(await politician.GetByteArrayAsync($"/api/v1/summaries/{summary}.pdf", Cancel));
        Assert.Contains("Ett utkast som bara ledningen ser.", published.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Nästa utkast.", published.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummaryPdf_ALongNarrative_FlowsOntoMorePagesWithNothingLost()
    {
        var paragraphs = Enumerable.Range(1, 40).Select(i =>
            $"Stycke {i}: dialogerna i förvaltningen visar att lokalerna är trånga, att rekryteringen tar tid och att samverkan över gränserna ger kraft åt det som är viktigast för invånarna.");
        var summary = (await SendAsync(new GenerateSummaries.Command(cycle.Id, tree.City.Id))).Single().Id;
        await SendAsync(new UpdateSummary.Command(summary, null, string.Join("\n\n", paragraphs), [], []));
        await SendAsync(new PublishSummary.Command(summary, null));

        var pdf = PdfText.Read(await App.CreateClient().GetByteArrayAsync($"/api/v1/summaries/{summary}.pdf", Cancel));

        Assert.True(pdf.Pages.Count >= 4, $"{pdf.Pages.Count} pages");
        Assert.All(Enumerable.Range(1, 40), i => Assert.True(pdf.HasLine($"Stycke {i}:"), $"paragraph {i} is missing"));
        Assert.True(pdf.Pages[^1][^1].EndsWith($"Sida {pdf.Pages.Count} av {pdf.Pages.Count}", StringComparison.Ordinal), pdf.Pages[^1][^1]);
        Assert.True(pdf.HasLine("Dialoger 3"), pdf.All);
    }

    [Fact]
    public async Task SummaryPdf_WithMoreCharactersThanOneFontSubset_AndEmoji_StillPrints()
    {
        // Over 255 different characters of one face, and characters the font lacks (an emoji, CJK): printed as "?".
        var alphabets = string.Join(" ", new[] { (0x100, 0x17F), (0x391, 0x3A9), (0x3B1, 0x3C9), (0x410, 0x44F) }
            .Select(r => new string(Enumerable.Range(r.Item1, r.Item2 - r.Item1 + 1).Select(c => (char)c).ToArray())));
        var summary = (await SendAsync(new GenerateSummaries.Command(cycle.Id, tree.City.Id))).Single().Id;
        await SendAsync(new UpdateSummary.Command(summary, null, $"Sámi ja suomi: Čáhppes. Ελληνικά Русский 😀 漢字.\n\n{alphabets}", [], []));
        await SendAsync(new PublishSummary.Command(summary, null));

        var response = await App.CreateClient().GetAsync($"/api/v1/summaries/{summary}.pdf", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = PdfText.Read(await response.Content.ReadAsByteArrayAsync(Cancel));
        Assert.True(pdf.HasLine("Sámi ja suomi: Čáhppes. Ελληνικά Русский ? ??."), pdf.All);
        Assert.Contains("АБВГД", pdf.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummaryPdf_BadRequests_AnswerProblemDetails()
    {
        var summary = await PublishedCitySummaryAsync();
        using var anonymous = App.CreateClient();

        await (await anonymous.GetAsync($"/api/v1/summaries/{Guid.NewGuid()}.pdf", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        await (await anonymous.GetAsync($"/api/v1/summaries/{summary}.pdf?version=9", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        var zero = await (await anonymous.GetAsync($"/api/v1/summaries/{summary}.pdf?version=0", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(zero.ErrorsFor("version"));
        await (await anonymous.GetAsync($"/api/v1/summaries/{summary}.pdf?version=1&draft=true", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        var culture = await (await anonymous.GetAsync($"/api/v1/summaries/{summary}.pdf?culture=de-DE", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(culture.ErrorsFor("culture"));
    }

    [Fact]
    public async Task UnitRecordJson_HoldsTheMissionAnalysisGoalsDialogueAndAgreements()
    {
        using var chief = await ClientAsync((Role.Executive, tree.Administration.Id));

        var response = await chief.GetAsync($"/api/v1/units/{tree.Unit.Id}/cycles/{cycle.Id}/record", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.ContentType()?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Verksamhetsdialog-Vår-Ekskolan.json", response.Content.Headers.ContentDisposition.FileNameStar);
        var record = await response.ReadAsync<UnitRecordDto>();
        Assert.Equal((tree.Unit.Id, "Skolförvaltningen", cycle.Id, Year), (record.Unit.Id, record.Unit.ParentName, record.Cycle.Id, record.Period));
        Assert.Equal((1, "Vi är skolan för barnen på Ekbacken."), (record.Mission!.Number, record.Mission.PlainLanguageSummary));
        Assert.Equal(("Engagerade lärare.", 87.5m), (record.Analysis!.Strengths, record.Analysis.Observations.Single().Value));
        Assert.Equal(["Fler elever når målen", "Tryggare raster"], record.Goals.Select(g => g.Title).ToList());
        Assert.Equal("Trygg och jämlik stad", Assert.Single(record.Themes).Name);
        Assert.Equal(Answer, record.Dialogue.Questions.Single(q => q.Key == "did-not-work").Answer);
        Assert.Equal([Assessment.OnTrack, Assessment.OffTrack], record.Dialogue.Goals.Select(g => g.Assessment!.Value).ToList());
        Assert.Equal("Vi tar med oss lokalfrågan till nämnden.", record.Dialogue.LeadershipResponse);
        Assert.Equal(2, record.Dialogue.Agreements.Count);
        var kept = record.Dialogue.Agreements.Single(a => a.Id == keptAgreement);
        Assert.Equal("Rastvärdar är på plats från måndag.", Assert.Single(kept.Notes).Text);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("Held", json.RootElement.GetProperty("dialogue").GetProperty("status").GetString());
    }

    [Fact]
    public async Task UnitRecord_IsForTheUnitsManagerAndTheExecutivesAbove_AsReadingTheDialogue()
    {
        using var manager = await ClientAsync((Role.UnitManager, tree.Unit.Id));
        using var director = await ClientAsync((Role.Executive, tree.City.Id));
        using var politician = await ClientAsync((Role.Politician, tree.City.Id));
        using var otherChief = await ClientAsync((Role.Executive, tree.OtherAdministration.Id));
        using var subManager = await ClientAsync((Role.UnitManager, tree.SubUnit.Id));
        using var admin = await ClientAsync((Role.Administrator, null));
        using var anonymous = App.CreateClient();

        foreach (var path in new[] { "record", "record.pdf" })
        {
            var url = $"/api/v1/units/{tree.Unit.Id}/cycles/{cycle.Id}/{path}";
            Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(url, Cancel)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await director.GetAsync(url, Cancel)).StatusCode);
            foreach (var refused in new[] { politician, otherChief, subManager, admin })
            {
                await (await refused.GetAsync(url, Cancel)).AssertProblemAsync(HttpStatusCode.Forbidden, "/problems/forbidden");
            }

            await (await anonymous.GetAsync(url, Cancel)).AssertProblemAsync(HttpStatusCode.Unauthorized, "/problems/unauthorized");
        }
    }

    [Fact]
    public async Task UnitRecordPdf_HasTheSwedishTitle_TheAnswers_TheMeeting_AndTheAgreementsWithNotes()
    {
        using var manager = await ClientAsync((Role.UnitManager, tree.Unit.Id));

        var response = await manager.GetAsync($"/api/v1/units/{tree.Unit.Id}/cycles/{cycle.Id}/record.pdf", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.ContentType()?.MediaType);
        Assert.Equal("Verksamhetsdialog-Var-Ekskolan.pdf", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancel);
        if (Environment.GetEnvironmentVariable("GD_EXPORT_DUMP") is { Length: > 0 } dump)
        {
            await File.WriteAllBytesAsync(Path.Combine(dump, "record.pdf"), bytes, Cancel);
        }

        var pdf = PdfText.Read(bytes);
        Assert.Equal("Verksamhetsdialog Vår: Ekskolan", pdf.Title);
        Assert.True(pdf.HasLine("Verksamhetsdialog Vår: Ekskolan"), pdf.All);
        Assert.Contains("Vi är skolan för barnen på Ekbacken.", pdf.All, StringComparison.Ordinal);
        Assert.True(pdf.HasLine($"Nulägesanalys {Year}"), pdf.All);
        Assert.Contains("Pojkarnas läsning släpar efter.", pdf.All, StringComparison.Ordinal);
        Assert.True(pdf.HasLine("Elever som känner sig trygga 87,5 %"), pdf.All);
        Assert.True(pdf.HasLine("1. Fler elever når målen"), pdf.All);
        Assert.Contains("Trygg och jämlik stad", pdf.All, StringComparison.Ordinal);
        Assert.Contains("Lokalerna räcker inte och vi fick dela klassrum.", pdf.All, StringComparison.Ordinal);
        Assert.True(pdf.HasLine("1. Fler elever når målen I fas Läsningen går framåt."), pdf.All);
        Assert.Contains("Vi tar med oss lokalfrågan till nämnden.", pdf.All, StringComparison.Ordinal);
        Assert.True(pdf.HasLine("Förvaltningen tar fram en lokalplan."), pdf.All);
        Assert.True(pdf.HasLine("Ansvarig Förvaltningschefen"), pdf.All);
        Assert.Contains("Rastvärdar är på plats från måndag.", pdf.All, StringComparison.Ordinal);
        Assert.True(pdf.Pages.Count > 1 && pdf.HasLine($"Sida 1 av {pdf.Pages.Count}"), pdf.All);
    }

    [Fact]
    public async Task UnitRecord_WithoutADialogueInTheCycle_OrUnknown_Is404()
    {
        using var director = await ClientAsync((Role.Executive, tree.City.Id));
        var late = await SendAsync(new Core.Features.Units.CreateUnit.Command(Core.Domain.Organisation.UnitKind.Unit, "Nyskolan", "NYS", tree.Administration.Id, null, null));

        await (await director.GetAsync($"/api/v1/units/{late.Id}/cycles/{cycle.Id}/record", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        await (await director.GetAsync($"/api/v1/units/{tree.Unit.Id}/cycles/{Guid.NewGuid()}/record.pdf", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        await (await director.GetAsync($"/api/v1/units/{Guid.NewGuid()}/cycles/{cycle.Id}/record", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
    }

    [Fact]
    public async Task UnitRecord_ReadsInAFixedNumberOfQueries_HoweverMuchItHolds()
    {
        var before = await CountQueriesAsync(() => SendAsync(new GetUnitRecord.Query(tree.Unit.Id, cycle.Id)));
        foreach (var i in Enumerable.Range(1, 4))
        {
            var added = await SendAsync(new AddAgreement.Command(school, new AgreementInput($"Extra överenskommelse {i}", AgreementSide.Unit, "Rektor", Today.AddDays(40))));
            await SendAsync(new AddAgreementNote.Command(added.Id, "Anteckning"));
        }

        var after = await CountQueriesAsync(() => SendAsync(new GetUnitRecord.Query(tree.Unit.Id, cycle.Id)));

        Assert.True(before > 0);
        Assert.Equal(before, after);
        Assert.Equal(6, (await SendAsync(new GetUnitRecord.Query(tree.Unit.Id, cycle.Id))).Dialogue.Agreements.Count);
    }

    private async Task<int> CountQueriesAsync(Func<Task> read)
    {
        queries.Reset();
        await read();
        return queries.Count;
    }

    private async Task<Guid> PublishedCitySummaryAsync()
    {
        var summary = (await SendAsync(new GenerateSummaries.Command(cycle.Id, tree.City.Id))).Single().Id;
        await SendAsync(new UpdateSummary.Command(
            summary, null, Narrative, ["Två av tre dialoger är inlämnade"], [new(school, "did-not-work", "Vi lärde oss att planera tidigare.")]));
        await SendAsync(new PublishSummary.Command(summary, null));
        return summary;
    }

    private Task<Guid> DialogueOfAsync(Guid unitId) =>
        DbAsync(db => db.Dialogues.Where(d => d.UnitId == unitId && d.CycleId == cycle.Id).Select(d => d.Id).SingleAsync());
}
