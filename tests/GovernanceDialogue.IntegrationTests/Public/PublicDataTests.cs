using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Goals;
using GovernanceDialogue.Core.Features.Missions;
using GovernanceDialogue.Core.Features.Public;
using GovernanceDialogue.Core.Features.Summaries;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Core.Features.Users;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Public;

/// <summary>
/// The open data under <c>/api/v1/public</c> and the summary CSV, over a city where every kind of material exists both
/// published and as a draft: Ekskolan's mission is published with a newer draft, its fritids has only a draft, a closed
/// unit published once; the city's goal picture is published with a new draft, the school administration's adopted but
/// not published; in one cycle the city's summary is published with a newer draft, the school administration's has two
/// versions and the care administration's was never published. Every draft text carries <see cref="Secret"/>, and the
/// executive who published holds the name <see cref="StaffName"/>: neither may reach the public.
/// </summary>
public sealed class PublicDataTests : IntegrationTest
{
    private const string Secret = "HEMLIGT";
    private const string StaffName = "Stina Stadsdirektör";
    private const string Assignment = "Vi undervisar, stöttar och \"lyfter\" alla elever.\nÅsa, Ärla och Örjan vet vad som gäller.";
    private const string Formula = "=HYPERLINK(\"http://example.com\",\"klicka\")";
    private const string CityNarrative = "Dialogerna visar trånga lokaler, \"tydligt\" och ofta.\nÄndå går det framåt för både å, ä och ö.";

    private TestTree tree = default!;
    private HttpClient executive = default!;
    private Guid closedUnit;
    private Guid cityPicture;
    private Guid citySummary;
    private Guid schoolSummary;
    private Guid careSummary;
    private Guid schoolDialogue;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        tree = await TestTree.CreateAsync(c => SendAsync(c));
        var stina = await SendAsync(new CreateUser.Command("stina@test.example", StaffName, TestPassword));
        await SendAsync(new AddRoleAssignment.Command(stina.User.Id, Role.Executive, tree.City.Id));
        executive = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        executive.DefaultRequestHeaders.Add(TestSupport.TestAuthenticationHandler.Header, stina.User.Id.ToString());

        await MissionsAsync();
        await GoalPicturesAsync();
        await SummariesAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        executive.Dispose();
        await base.DisposeAsync();
    }

    private async Task MissionsAsync()
    {
        await Ok(executive.PutJsonAsync(
            $"/api/v1/units/{tree.Unit.Id}/mission",
            new { assignmentText = Assignment, plainLanguageSummary = "Vi undervisar barnen i Ekby.", targetGroups = new[] { "Elever, 6–12 år", "Vårdnadshavare" }, basis = Formula },
            "*"));
        await Ok(executive.PostJsonAsync($"/api/v1/units/{tree.Unit.Id}/mission/publish", null));
        await Ok(executive.PutJsonAsync(
            $"/api/v1/units/{tree.Unit.Id}/mission", new { assignmentText = $"{Secret} nytt uppdrag", plainLanguageSummary = $"{Secret} kort" }, "*"));

        await PublishMissionAsync(tree.OtherUnit.Id, "Vi ger hemtjänst i norr.");
        await SendAsync(new SaveMissionDraft.Command(tree.SubUnit.Id, null, $"{Secret} fritids", $"{Secret} fritids kort", [], null));
        closedUnit = (await SendAsync(new CreateUnit.Command(UnitKind.Unit, "Nedlagda skolan", "NED", tree.Administration.Id, null, new DateOnly(2020, 1, 1)))).Id;
        await PublishMissionAsync(closedUnit, "Vi fanns en gång.");
        await SendAsync(new CloseUnit.Command(closedUnit, Today, null));
    }

    private async Task PublishMissionAsync(Guid unitId, string text)
    {
        await SendAsync(new SaveMissionDraft.Command(unitId, null, text, text, [], null));
        await SendAsync(new PublishMission.Command(unitId, null));
    }

    private async Task GoalPicturesAsync()
    {
        List<ThemeInput> themes = [new(null, "Trygg", "Trygg, \"på riktigt\"", null), new(null, "Livfull", "Livfull stad", null), new(null, "Hållbar", "Hållbar stad", null)];
        cityPicture = (await SendAsync(new CreateGoalPicture.Command(tree.City.Id, "Staden som vill och vågar", "Berättelsen, med \"citat\".", themes))).Id;
        await Ok(executive.PostJsonAsync($"/api/v1/goal-pictures/{cityPicture}/adopt", new { decisionDate = "2025-11-20", decisionReference = "KF 2025-11-20 § 140" }));
        await Ok(executive.PostJsonAsync($"/api/v1/goal-pictures/{cityPicture}/publish", null));
        await SendAsync(new CreateGoalPicture.Command(tree.City.Id, $"{Secret} vision", $"{Secret} berättelse", themes));
        var school = await SendAsync(new CreateGoalPicture.Command(tree.Administration.Id, $"{Secret} antagen", $"{Secret} antagen berättelse", themes));
        await SendAsync(new AdoptGoalPicture.Command(school.Id, new DateOnly(2025, 12, 1), "SN 2025-12-01 § 3", null, null));
    }

    private async Task SummariesAsync()
    {
        var theme = await DbAsync(db => db.GoalPictures.Where(g => g.Id == cityPicture).SelectMany(g => g.Themes).Where(t => t.Name == "Trygg").Select(t => t.Id).SingleAsync());
        var goal = (await SendAsync(new AddGoal.Command(tree.Unit.Id, Today.Year, "Fler elever når målen", "V", null, [], [theme], "Rektor", "H", null))).Id;
        var cycle = await SendAsync(new CreateCycle.Command(
            tree.City.Id, "Vår", null, Today.AddDays(-10), Today.AddDays(5), Today.AddDays(6), Today.AddDays(29), Today.AddDays(30)));
        await SendAsync(new OpenCycle.Command(cycle.Id, null));
        schoolDialogue = await DbAsync(db => db.Dialogues.Where(d => d.UnitId == tree.Unit.Id && d.CycleId == cycle.Id).Select(d => d.Id).SingleAsync());
        await SendAsync(new SaveDialogueNotes.Command(
            schoolDialogue, null,
            [new("did-not-work", "Lokalerna räcker inte. Vi lärde oss att planera tidigare."), new("obstacles-and-support", "Vi behöver stöd med rekryteringen.")],
            [new(goal, Assessment.OnTrack, "Bra")], []));
        await SendAsync(new SubmitDialogue.Command(schoolDialogue, null));
        await SendAsync(new RecordDialogueHeld.Command(
            schoolDialogue, null, Today, ["Rektor"], "Vi tar med oss lokalfrågan.",
            [new AgreementInput("Förvaltningen tar fram en lokalplan.", AgreementSide.Leadership, "Förvaltningschefen", Today.AddDays(60))]));

        // A second submitted dialogue, so words recur in two dialogues and count as challenges and support asked.
        var fritids = await DbAsync(db => db.Dialogues.Where(d => d.UnitId == tree.SubUnit.Id && d.CycleId == cycle.Id).Select(d => d.Id).SingleAsync());
        await SendAsync(new SaveDialogueNotes.Command(
            fritids, null, [new("did-not-work", "Våra lokaler är för trånga."), new("obstacles-and-support", "Rekryteringen går trögt.")], [], []));
        await SendAsync(new SubmitDialogue.Command(fritids, null));

        var generated = await SendAsync(new GenerateSummaries.Command(cycle.Id, null));
        citySummary = generated.Single(s => s.UnitId == tree.City.Id).Id;
        schoolSummary = generated.Single(s => s.UnitId == tree.Administration.Id).Id;
        careSummary = generated.Single(s => s.UnitId == tree.OtherAdministration.Id).Id;

        await Ok(executive.PutJsonAsync(
            $"/api/v1/summaries/{citySummary}",
            new
            {
                narrative = CityNarrative,
                highlights = new[] { "=1+1 är ingen formel", "-minus först", "Vanlig punkt, med komma" },
                quotes = new[] { new { dialogueId = schoolDialogue, questionKey = "did-not-work", text = "Vi lärde oss att planera tidigare." } },
            },
            "*"));
        await Ok(executive.PostJsonAsync($"/api/v1/summaries/{citySummary}/publish", null));
        await Ok(executive.PutJsonAsync($"/api/v1/summaries/{citySummary}", new { narrative = $"{Secret} nytt utkast" }, "*"));

        await SendAsync(new UpdateSummary.Command(schoolSummary, null, "Förvaltningens första version.", [], []));
        await SendAsync(new PublishSummary.Command(schoolSummary, null));
        await SendAsync(new UpdateSummary.Command(schoolSummary, null, "Förvaltningens andra version.", [], []));
        await SendAsync(new PublishSummary.Command(schoolSummary, null));

        await SendAsync(new UpdateSummary.Command(careSummary, null, $"{Secret} aldrig publicerad", [], []));
    }

    private static async Task Ok(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancel)}");
    }

    private string[] PublicUrls() =>
    [
        "/api/v1/public/goal-picture",
        "/api/v1/public/goal-picture.csv",
        $"/api/v1/public/goal-picture?unitId={tree.City.Id}",
        "/api/v1/public/missions",
        "/api/v1/public/missions.csv",
        $"/api/v1/public/missions/{tree.Unit.Id}",
        $"/api/v1/public/missions/{tree.Unit.Id}.csv",
        "/api/v1/public/summaries",
        "/api/v1/public/summaries.csv",
        $"/api/v1/public/summaries/{citySummary}",
        $"/api/v1/public/summaries/{citySummary}.csv",
        $"/api/v1/summaries/{citySummary}.csv",
    ];

    [Fact]
    public async Task Anonymous_ReadsEveryPublicResource_AsJsonAndCsv_WithCachingHeaders()
    {
        using var anonymous = App.CreateClient();
        foreach (var url in PublicUrls())
        {
            using var response = await anonymous.GetAsync(url, Cancel);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
            var csv = url.Contains(".csv", StringComparison.Ordinal);
            Assert.Equal(csv ? "text/csv" : "application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
            Assert.NotNull(response.Headers.ETag);
            Assert.False(response.Headers.ETag!.IsWeak, url);
            Assert.True(response.Headers.CacheControl is { Public: true, Private: false, NoStore: false }, $"{url}: {response.Headers.CacheControl}");
            Assert.Equal(TimeSpan.FromSeconds(300), response.Headers.CacheControl!.MaxAge);
            if (csv)
            {
                Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
                Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
                Assert.NotEmpty(Csv.Parse(await response.Content.ReadAsByteArrayAsync(Cancel)));
            }
            else
            {
                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
                Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
            }
        }
    }

    [Fact]
    public async Task Drafts_UnpublishedMaterial_AndStaffNames_NeverAppear_WhoeverAsks()
    {
        using var anonymous = App.CreateClient();
        foreach (var url in PublicUrls())
        {
            var body = await anonymous.GetByteArrayAsync(url, Cancel);
            var text = Encoding.UTF8.GetString(body);
            foreach (var forbidden in new[] { Secret, StaffName, "Stina", "publishedBy", "editedBy", "adoptedBy", "updatedBy", "published_by", "edited_by" })
            {
                Assert.False(text.Contains(forbidden, StringComparison.OrdinalIgnoreCase), $"{url} contains '{forbidden}':\n{text}");
            }

            // The executive may read every draft here, yet the public answer is the same bytes: nothing depends on the caller.
            Assert.Equal(body, await executive.GetByteArrayAsync(url, Cancel));
        }

        var missions = await anonymous.GetStringAsync("/api/v1/public/missions.csv", Cancel);
        Assert.DoesNotContain(tree.SubUnit.Id.ToString(), missions, StringComparison.Ordinal);
        Assert.DoesNotContain(closedUnit.ToString(), missions, StringComparison.Ordinal);
        var summaries = await anonymous.GetStringAsync("/api/v1/public/summaries", Cancel) + await anonymous.GetStringAsync("/api/v1/public/summaries.csv", Cancel);
        Assert.DoesNotContain(careSummary.ToString(), summaries, StringComparison.Ordinal);
        Assert.Contains(schoolSummary.ToString(), summaries, StringComparison.Ordinal);

        foreach (var url in new[]
                 {
                     $"/api/v1/public/goal-picture?unitId={tree.Administration.Id}",
                     $"/api/v1/public/goal-picture.csv?unitId={tree.Administration.Id}",
                     $"/api/v1/public/goal-picture?unitId={Guid.NewGuid()}",
                     $"/api/v1/public/missions/{tree.SubUnit.Id}",
                     $"/api/v1/public/missions/{tree.SubUnit.Id}.csv",
                     $"/api/v1/public/missions/{closedUnit}",
                     $"/api/v1/public/summaries/{careSummary}",
                     $"/api/v1/public/summaries/{careSummary}.csv",
                     $"/api/v1/summaries/{careSummary}.csv",
                 })
        {
            foreach (var client in new[] { anonymous, executive })
            {
                using var response = await client.GetAsync(url, Cancel);
                var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
                Assert.DoesNotContain(Secret, problem.ToString(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task GoalPicture_IsTheCitysCurrentPublishedOne_WithItsThemesInOrder()
    {
        var picture = await (await Client.GetAsync("/api/v1/public/goal-picture", Cancel)).ReadAsync<PublicGoalPictureDto>();
        var rows = Csv.Records(await Client.GetByteArrayAsync("/api/v1/public/goal-picture.csv", Cancel));

        Assert.Equal((cityPicture, tree.City.Id, 1, "Staden som vill och vågar"), (picture.Id, picture.UnitId, picture.Number, picture.Vision));
        Assert.Equal((new DateOnly(2025, 11, 20), "KF 2025-11-20 § 140"), (picture.DecisionDate, picture.DecisionReference));
        Assert.Equal(["Trygg", "Livfull", "Hållbar"], picture.Themes.Select(t => t.Name).ToList());
        Assert.Equal(["Trygg", "Livfull", "Hållbar"], rows.Select(r => r["theme_name"]).ToList());
        Assert.Equal(["1", "2", "3"], rows.Select(r => r["theme_position"]).ToList());
        Assert.All(rows, r => Assert.Equal(("Berättelsen, med \"citat\".", "2025-11-20", "Testby stad"), (r["narrative"], r["decision_date"], r["unit_name"])));
        Assert.Equal("Trygg, \"på riktigt\"", rows[0]["theme_description"]);
    }

    [Fact]
    public async Task Missions_AreSearchableByNameOrShortCode_FilteredBySubtree_AndPaged()
    {
        async Task<PagedList<PublicMissionDto>> ListAsync(string query) =>
            await (await Client.GetAsync("/api/v1/public/missions" + query, Cancel)).ReadAsync<PagedList<PublicMissionDto>>();

        var all = await ListAsync("");
        var byName = await ListAsync("?q=ekskol");
        var byCode = await ListAsync("?q=htn");
        var none = await ListAsync("?q=finns-inte");
        var under = await ListAsync($"?under={tree.OtherAdministration.Id}");
        var second = await ListAsync("?pageSize=1&page=2");

        Assert.Equal([tree.Unit.Id, tree.OtherUnit.Id], all.Items.Select(m => m.UnitId).ToList());
        var school = Assert.Single(byName.Items);
        Assert.Equal((tree.Unit.Id, "EKS", UnitKind.Unit, tree.Administration.Id, 1), (school.UnitId, school.ShortCode, school.Kind, school.ParentId, school.Number));
        Assert.Equal([(tree.City.Id, "Testby stad"), (tree.Administration.Id, "Skolförvaltningen")], school.Ancestors.Select(a => (a.Id, a.Name)).ToList());
        Assert.Equal((Assignment, "Vi undervisar barnen i Ekby.", Formula), (school.AssignmentText, school.PlainLanguageSummary, school.Basis));
        Assert.Equal(tree.OtherUnit.Id, Assert.Single(byCode.Items).UnitId);
        Assert.Equal(0, none.TotalCount);
        Assert.Equal(tree.OtherUnit.Id, Assert.Single(under.Items).UnitId);
        Assert.Equal((2, 2, 2, tree.OtherUnit.Id), (second.Page, second.TotalCount, second.TotalPages, Assert.Single(second.Items).UnitId));

        var one = await (await Client.GetAsync($"/api/v1/public/missions/{tree.Unit.Id}", Cancel)).ReadAsync<PublicMissionDto>();
        Assert.Equal((school.UnitId, school.Number, school.PublishedAt, Assignment), (one.UnitId, one.Number, one.PublishedAt, one.AssignmentText));
        Assert.Equal(school.Ancestors, one.Ancestors);
        Assert.Equal(["Elever, 6–12 år", "Vårdnadshavare"], one.TargetGroups);
        Assert.Single(Csv.Records(await Client.GetByteArrayAsync("/api/v1/public/missions.csv?q=HTN", Cancel)));
        await (await Client.GetAsync("/api/v1/public/missions?pageSize=0", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        await (await Client.GetAsync($"/api/v1/public/missions?under={Guid.NewGuid()}", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Csv_ParsesBack_WithBomCrlfQuotesCommasNewlinesAndSwedishLetters_AndNeutralisesFormulas()
    {
        using var response = await Client.GetAsync("/api/v1/public/missions.csv", Cancel);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancel);
        var rows = Csv.Parse(bytes);
        var records = Csv.Records(bytes);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(
            ["unit_id", "unit_name", "short_code", "kind", "parent_id", "parent_name", "path", "number", "plain_language_summary", "assignment_text", "target_groups", "basis", "published_at"],
            rows[0]);
        var school = records.Single(r => r["unit_id"] == tree.Unit.Id.ToString());
        Assert.Equal(Assignment, school["assignment_text"]);
        Assert.Equal("'" + Formula, school["basis"]);
        Assert.Equal("Elever, 6–12 år; Vårdnadshavare", school["target_groups"]);
        Assert.Equal(("Skolförvaltningen", "Testby stad / Skolförvaltningen / Ekskolan", "Unit", "1"), (school["parent_name"], school["path"], school["kind"], school["number"]));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", school["published_at"]);
        Assert.Equal("missions.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        var summary = Csv.Records(await Client.GetByteArrayAsync($"/api/v1/public/summaries/{citySummary}.csv", Cancel));
        string[] Values(string section, string name) => summary.Where(r => r["section"] == section && r["name"] == name).Select(r => r["value"]).ToArray();
        Assert.Equal([CityNarrative], Values("narrative", "narrative"));
        Assert.Equal(["'=1+1 är ingen formel"], Values("highlights", "1"));
        Assert.Equal(["'-minus först"], Values("highlights", "2"));
        Assert.Equal(["Vanlig punkt, med komma"], Values("highlights", "3"));
    }

    [Fact]
    public async Task SummaryCsv_CoversAboutFiguresThemesTrendComparisonWordsHighlightsAndQuotes()
    {
        var rows = Csv.Parse(await Client.GetByteArrayAsync($"/api/v1/summaries/{citySummary}.csv", Cancel));
        var records = rows.Skip(1).Select(r => (Section: r[0], Name: r[1], Measure: r[2], Value: r[3])).ToList();
        string Value(string section, string name, string measure) => records.Single(r => r.Section == section && r.Name == name && r.Measure == measure).Value;

        Assert.Equal(["section", "name", "measure", "value"], rows[0]);
        Assert.Equal(
            ["about", "narrative", "highlights", "figures", "theme_status", "trend", "comparison", "challenges", "support_asked", "quotes"],
            records.Select(r => r.Section).Distinct().ToList());
        Assert.Equal((citySummary.ToString(), "Testby stad", "Vår", "published", "1"),
            (Value("about", "summary_id", ""), Value("about", "scope", ""), Value("about", "cycle", ""), Value("about", "status", ""), Value("about", "version", "")));
        Assert.Equal(Today.AddDays(-10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Value("about", "cycle_opens_on", ""));
        Assert.Equal(("3", "1", "1", "1"),
            (Value("figures", "Testby stad", "dialogues"), Value("figures", "Testby stad", "held"), Value("figures", "Testby stad", "agreements_made"), Value("figures", "Testby stad", "agreements_made_by_leadership")));
        Assert.Equal(("1", "0", "1"), (Value("theme_status", "Trygg", "on_track"), Value("theme_status", "Trygg", "off_track"), Value("theme_status", "Trygg", "total")));
        Assert.Equal(("100", "0"), (Value("trend", "Vår", "goals_on_track_percent"), Value("trend", "Vår", "agreements_kept_percent")));
        Assert.Equal(("2", "1", "100"), (Value("comparison", "Skolförvaltningen", "dialogues"), Value("comparison", "Skolförvaltningen", "held"), Value("comparison", "Skolförvaltningen", "goals_on_track_percent")));
        Assert.Equal("", Value("comparison", "Omsorgsförvaltningen", "goals_on_track_percent"));
        Assert.Contains(records, r => r is { Section: "challenges", Measure: "dialogues" });
        Assert.Contains(records, r => r is { Section: "support_asked", Measure: "dialogues" });
        Assert.Equal("Vi lärde oss att planera tidigare.", Value("quotes", "Ekskolan", "did-not-work"));
    }

    [Fact]
    public async Task SummaryCsv_Draft_IsForTheExecutivesOfTheScopeOnly_AndNeverCached()
    {
        using var anonymous = App.CreateClient();
        using var politician = await ClientAsync((Role.Politician, tree.City.Id));
        using var schoolChief = await ClientAsync((Role.Executive, tree.Administration.Id));

        using var draft = await executive.GetAsync($"/api/v1/summaries/{citySummary}.csv?draft=true", Cancel);
        var text = await draft.Content.ReadAsStringAsync(Cancel);
        var neverPublished = await executive.GetStringAsync($"/api/v1/summaries/{careSummary}.csv?draft=true", Cancel);

        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Contains($"{Secret} nytt utkast", text, StringComparison.Ordinal);
        Assert.Contains("about,status,,draft", text, StringComparison.Ordinal);
        Assert.DoesNotContain(StaffName, text, StringComparison.Ordinal);
        Assert.True(draft.Headers.CacheControl?.NoStore);
        Assert.Null(draft.Headers.ETag);
        Assert.Contains($"{Secret} aldrig publicerad", neverPublished, StringComparison.Ordinal);
        await (await anonymous.GetAsync($"/api/v1/summaries/{citySummary}.csv?draft=true", Cancel)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await politician.GetAsync($"/api/v1/summaries/{citySummary}.csv?draft=true", Cancel)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await schoolChief.GetAsync($"/api/v1/summaries/{citySummary}.csv?draft=true", Cancel)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await politician.GetAsync($"/api/v1/summaries/{careSummary}.csv?draft=true", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await executive.GetAsync($"/api/v1/summaries/{citySummary}.csv?draft=true&version=1", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.DoesNotContain(Secret, await politician.GetStringAsync($"/api/v1/summaries/{citySummary}.csv", Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_IsTheLatestPublishedVersion_OrTheOneAskedFor()
    {
        var latest = await (await Client.GetAsync($"/api/v1/public/summaries/{schoolSummary}", Cancel)).ReadAsync<PublicSummaryDto>();
        var first = await (await Client.GetAsync($"/api/v1/public/summaries/{schoolSummary}?version=1", Cancel)).ReadAsync<PublicSummaryDto>();
        var firstCsv = Csv.Records(await Client.GetByteArrayAsync($"/api/v1/public/summaries/{schoolSummary}.csv?version=1", Cancel));
        var list = await (await Client.GetAsync($"/api/v1/public/summaries?unitId={tree.Administration.Id}", Cancel)).ReadAsync<PagedList<PublishedSummaryDto>>();

        Assert.Equal((2, 2, "Förvaltningens andra version."), (latest.Number, latest.LatestVersion, latest.Narrative));
        Assert.Equal((1, 2, "Förvaltningens första version."), (first.Number, first.LatestVersion, first.Narrative));
        Assert.Equal((tree.Administration.Id, "Skolförvaltningen", "Vår"), (latest.UnitId, latest.UnitName, latest.CycleName));
        Assert.Equal("Förvaltningens första version.", firstCsv.Single(r => r["section"] == "narrative")["value"]);
        Assert.Equal((schoolSummary, 2), (Assert.Single(list.Items).SummaryId, list.Items[0].Number));
        await (await Client.GetAsync($"/api/v1/public/summaries/{schoolSummary}?version=3", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await Client.GetAsync($"/api/v1/public/summaries/{schoolSummary}?version=0", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task OpenData_MayBeReadByScriptsOnAnySite_WithoutCredentials_AndNothingElseMay()
    {
        using var anonymous = App.CreateClient();

        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/v1/public/missions");
        read.Headers.Add("Origin", "https://data.example.org");
        using var answer = await anonymous.SendAsync(read, Cancel);
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/public/summaries");
        preflight.Headers.Add("Origin", "https://data.example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        using var allowed = await anonymous.SendAsync(preflight, Cancel);
        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/v1/units");
        other.Headers.Add("Origin", "https://data.example.org");
        using var refused = await anonymous.SendAsync(other, Cancel);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("*", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", answer.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("GET", allowed.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task IfNoneMatch_WithTheETag_Answers304WithoutABody_UntilTheContentChanges()
    {
        foreach (var url in PublicUrls())
        {
            using var first = await Client.GetAsync(url, Cancel);
            var etag = first.Headers.ETag!;
            using var again = await Client.GetAsync(url, Cancel);
            using var notModified = await GetAsync(url, etag.ToString());
            using var weak = await GetAsync(url, $"W/{etag.Tag}");
            using var listed = await GetAsync(url, $"\"other\", {etag.Tag}");
            using var other = await GetAsync(url, "\"other\"");

            Assert.Equal(etag, again.Headers.ETag);
            Assert.True(notModified.StatusCode == HttpStatusCode.NotModified, $"{url}: {(int)notModified.StatusCode}");
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync(Cancel));
            Assert.Equal(etag, notModified.Headers.ETag);
            Assert.True(notModified.Headers.CacheControl?.Public, url);
            Assert.Equal(HttpStatusCode.NotModified, weak.StatusCode);
            Assert.Equal(HttpStatusCode.NotModified, listed.StatusCode);
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }

        var json = (await Client.GetAsync("/api/v1/public/missions", Cancel)).Headers.ETag!;
        var csv = (await Client.GetAsync("/api/v1/public/missions.csv", Cancel)).Headers.ETag!;
        Assert.NotEqual(json, csv);

        await PublishMissionAsync(tree.OtherUnit.Id, "Vi ger hemtjänst i hela norr.");

        using var changed = await GetAsync("/api/v1/public/missions", json.ToString());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(json, changed.Headers.ETag);
        Assert.Contains("hela norr", await changed.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> GetAsync(string url, string ifNoneMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return Client.SendAsync(request, Cancel);
    }
}

/// <summary>The max-age of the open data comes from configuration.</summary>
public sealed class PublicDataSettingsTests : IntegrationTest
{
    protected override IReadOnlyDictionary<string, string>? Settings => new Dictionary<string, string> { ["PublicData:MaxAgeSeconds"] = "42" };

    [Fact]
    public async Task MaxAge_IsTakenFromPublicDataMaxAgeSeconds()
    {
        using var response = await Client.GetAsync("/api/v1/public/missions", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(42) }, response.Headers.CacheControl);
    }
}
