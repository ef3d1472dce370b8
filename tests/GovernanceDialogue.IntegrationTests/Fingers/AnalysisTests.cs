using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GovernanceDialogue.Core.Domain.Analyses;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Analyses;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Fingers;

/// <summary>Finger 3: the current-state analysis, its evidence, the equality lens, and imports in Kolada's format.</summary>
public sealed class AnalysisTests : IntegrationTest
{
    private TestTree tree = default!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        tree = await TestTree.CreateAsync(c => SendAsync(c));
        await SignInAsync((Role.UnitManager, tree.Unit.Id));
    }

    private string Url(Guid? unit = null) => $"/api/v1/units/{unit ?? tree.Unit.Id}/analyses";

    private async Task<AnalysisDto> CreateAsync(int period = 2026) =>
        await (await Client.PostJsonAsync(Url(), new { period })).ReadAsync<AnalysisDto>();

    [Fact]
    public async Task Analysis_IsWrittenWithItsEqualityLens_ThenCompleted_AndReadOnly()
    {
        var created = await Client.PostJsonAsync(Url(), new { period = 2026 });
        var analysis = await created.ReadAsync<AnalysisDto>();

        var saved = await Client.PutJsonAsync($"{Url()}/{analysis.Id}", new
        {
            strengths = "Engagerade medarbetare.",
            challenges = "Trygghet på rasterna.",
            equalityGroups = new[] { "Gender", "Area" },
            equalityPerspective = "Flickor i norra området känner sig mindre trygga.",
        }, created.ETagOf());
        var completed = await Client.PostJsonAsync($"{Url()}/{analysis.Id}/complete", null);

        Assert.Equal([EqualityGroup.Gender, EqualityGroup.Area], (await saved.ReadAsync<AnalysisDto>()).EqualityGroups);
        Assert.Equal(AnalysisStatus.Completed, (await completed.ReadAsync<AnalysisDto>()).Status);
        await (await Client.PutJsonAsync($"{Url()}/{analysis.Id}", new { strengths = "Ändrat" }, "*")).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/analysis-completed");
        Assert.Equal("Engagerade medarbetare.", await DbAsync(db => db.Analyses.Select(a => a.Strengths).SingleAsync()));
    }

    [Fact]
    public async Task Completing_WithoutTheEqualityPerspective_Returns409()
    {
        var analysis = await CreateAsync();
        await Client.PutJsonAsync($"{Url()}/{analysis.Id}", new { strengths = "S", challenges = "C" }, "*");

        await (await Client.PostJsonAsync($"{Url()}/{analysis.Id}/complete", null)).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/analysis-incomplete");
    }

    [Fact]
    public async Task SecondAnalysisForTheSamePeriod_Returns409()
    {
        await CreateAsync();

        await (await Client.PostJsonAsync(Url(), new { period = 2026 })).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/analysis-exists");
    }

    [Fact]
    public async Task ThePreviousPeriod_CanBeReadSideBySide()
    {
        var previous = await CreateAsync(2025);
        await Client.PutJsonAsync($"{Url()}/{previous.Id}", new { strengths = "Förra året" }, "*");
        var current = await CreateAsync(2026);

        var both = await (await Client.GetAsync($"{Url()}/{current.Id}?withPrevious=true", Cancel)).ReadAsync<GetAnalysis.Response>();

        Assert.Equal(2026, both.Analysis.Period);
        Assert.Equal("Förra året", both.Previous!.Strengths);
    }

    [Fact]
    public async Task AnalysisForAUnitOutsideTheUsersScope_Returns403AndStoresNothing()
    {
        var response = await Client.PostJsonAsync(Url(tree.OtherUnit.Id), new { period = 2026 });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, await DbAsync(db => db.Analyses.CountAsync()));
    }

    [Fact]
    public async Task Politicians_ReadCompletedAnalyses_ButNotDrafts()
    {
        var draft = await CreateAsync(2026);
        var completed = await CreateAsync(2025);
        await Client.PutJsonAsync($"{Url()}/{completed.Id}", new { strengths = "S", challenges = "C", equalityPerspective = "J" }, "*");
        await Client.PostJsonAsync($"{Url()}/{completed.Id}/complete", null);
        using var politician = await ClientAsync((Role.Politician, tree.City.Id));

        var list = await (await politician.GetAsync(Url(), Cancel)).ReadAsync<List<AnalysisSummaryDto>>();

        Assert.Equal([2025], list.Select(a => a.Period));
        Assert.Equal(HttpStatusCode.NotFound, (await politician.GetAsync($"{Url()}/{draft.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().GetAsync(Url(), Cancel)).StatusCode);
    }

    [Fact]
    public async Task Observations_AreAddedAndRemoved()
    {
        var analysis = await CreateAsync();

        var added = await (await Client.PostJsonAsync($"{Url()}/{analysis.Id}/observations", new
        {
            title = "Elever som känner sig trygga",
            value = 81.5,
            unitOfMeasure = "%",
            period = "2025",
            source = "Kolada",
            koladaKpiId = "N15033",
            valueWomen = 78.0,
            valueMen = 85.0,
            comparisonValue = 84.0,
            comparisonLabel = "Riket",
        })).ReadAsync<ObservationDto>();
        Assert.Equal(78.0m, added.ValueWomen);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"{Url()}/{analysis.Id}/observations/{added.Id}", Cancel)).StatusCode);
        Assert.Equal(0, await DbAsync(db => db.Observations.CountAsync()));
    }

    [Fact]
    public async Task KoladaImport_TurnsValuesIntoObservations_AndReimportingReplaces()
    {
        var analysis = await CreateAsync();

        var first = await (await Client.PostJsonAsync($"{Url()}/{analysis.Id}/import/kolada", KoladaDocuments.ValidJson)).ReadAsync<ImportKolada.Response>();
        var second = await (await Client.PostJsonAsync($"{Url()}/{analysis.Id}/import/kolada", KoladaDocuments.ValidJson)).ReadAsync<ImportKolada.Response>();

        Assert.Equal((2, 0, 1), (first.Added, first.Replaced, first.Skipped));
        Assert.Equal((0, 2, 1), (second.Added, second.Replaced, second.Skipped));
        var stored = await DbAsync(db => db.Observations.OrderBy(o => o.KoladaKpiId).ToListAsync());
        Assert.Equal(["N15033", "U21468"], stored.Select(o => o.KoladaKpiId));
        Assert.Equal("Elever i åk 9 som känner sig trygga i skolan, andel (%)", stored[0].Title);
        Assert.Equal((87.5m, 90.1m, 84.9m), (stored[0].Value, stored[0].ValueWomen!.Value, stored[0].ValueMen!.Value));
        Assert.Equal("2025", stored[0].Period);
        Assert.Equal("Kolada", stored[0].Source);
    }

    [Fact]
    public async Task KoladaImport_WithErrors_ListsEachProblemAndImportsNothing()
    {
        var analysis = await CreateAsync();
        const string bad = """
            {
              "values": [
                { "municipality": "1280", "period": 2025, "values": [ { "gender": "T", "value": 10 } ] },
                { "kpi": "N15033", "municipality": "1280", "period": 2025, "values": [ { "gender": "T", "value": "många" } ] },
                { "kpi": "N15034", "municipality": "1280", "period": 2025, "values": [ { "gender": "T", "value": 3 }, { "gender": "X", "value": 1 } ] },
                { "kpi": "N15035", "municipality": "1280", "period": 2025, "values": [ { "gender": "T", "value": 4 } ] }
              ]
            }
            """;

        var response = await Client.PostJsonAsync($"{Url()}/{analysis.Id}/import/kolada", bad);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(problem.ErrorsFor("values[0].kpi"));
        Assert.Contains(problem.ErrorsFor("values[1].values[0].value"), m => m.Contains("not a number", StringComparison.Ordinal));
        Assert.Contains(problem.ErrorsFor("values[2].values[1].gender"), m => m.Contains("'X'", StringComparison.Ordinal));
        Assert.Equal(0, await DbAsync(db => db.Observations.CountAsync()));
    }

    [Fact]
    public async Task KoladaImport_AcceptsAnUploadedFile()
    {
        var analysis = await CreateAsync();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(KoladaDocuments.ValidJson));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "file", "kolada.json");

        var response = await Client.PostAsync($"{Url()}/{analysis.Id}/import/kolada", form, Cancel);

        Assert.Equal(2, (await response.ReadAsync<ImportKolada.Response>()).Added);
    }

    [Fact]
    public async Task KoladaImport_OfAFileThatIsNotJson_Returns400NamingTheFile()
    {
        var analysis = await CreateAsync();
        using var form = new MultipartFormDataContent { { new StringContent("inte json"), "file", "kolada.json" } };

        var response = await Client.PostAsync($"{Url()}/{analysis.Id}/import/kolada", form, Cancel);

        Assert.NotEmpty((await response.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("file"));
    }

    [Fact]
    public async Task AClosedUnitsDraftAnalysis_CannotChangeAnyMore_AndNothingIsStored()
    {
        var created = await Client.PostJsonAsync(Url(), new { period = 2026 });
        var analysis = await created.ReadAsync<AnalysisDto>();
        var observation = await (await Client.PostJsonAsync($"{Url()}/{analysis.Id}/observations", new { title = "Trygghet", value = 80, period = "2025", source = "Enkät" }))
            .ReadAsync<ObservationDto>();
        await Client.PutJsonAsync($"{Url()}/{analysis.Id}", new { strengths = "S", challenges = "C", equalityPerspective = "J" }, "*");
        await SendAsync(new CloseUnit.Command(tree.SubUnit.Id, new DateOnly(2025, 1, 1), null));
        await SendAsync(new CloseUnit.Command(tree.Unit.Id, new DateOnly(2025, 1, 1), null));
        var before = await DbAsync(db => db.Analyses.Include(a => a.Observations).AsNoTracking().SingleAsync());

        var responses = new[]
        {
            await Client.PutJsonAsync($"{Url()}/{analysis.Id}", new { strengths = "Ändrat" }, "*"),
            await Client.PostJsonAsync($"{Url()}/{analysis.Id}/observations", new { title = "Ny", value = 1, period = "2025", source = "Enkät" }),
            await Client.DeleteAsync($"{Url()}/{analysis.Id}/observations/{observation.Id}", Cancel),
            await Client.PostJsonAsync($"{Url()}/{analysis.Id}/import/kolada", KoladaDocuments.ValidJson),
            await Client.PostJsonAsync($"{Url()}/{analysis.Id}/complete", null),
        };

        foreach (var response in responses)
        {
            await response.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/unit-closed");
        }

        var after = await DbAsync(db => db.Analyses.Include(a => a.Observations).AsNoTracking().SingleAsync());
        Assert.Equal((AnalysisStatus.Draft, "S", before.Version), (after.Status, after.Strengths, after.Version));
        Assert.Equal([observation.Id], after.Observations.Select(o => o.Id));
        var read = await (await Client.GetAsync($"{Url()}/{analysis.Id}", Cancel)).ReadAsync<GetAnalysis.Response>();
        Assert.False(read.CanEdit);
    }

    [Theory]
    [InlineData("value", "123456789012345678901")]
    [InlineData("value", "100000000000000")]
    [InlineData("value", "1.123456")]
    [InlineData("valueWomen", "-100000000000000.5")]
    [InlineData("valueMen", "0.00001")]
    [InlineData("comparisonValue", "12345678901234567.1")]
    public async Task AnObservationValue_ThatCannotBeStoredExactly_Returns400OnItsField_AndStoresNothing(string field, string number)
    {
        var analysis = await CreateAsync();
        var values = new Dictionary<string, string> { ["value"] = "80", [field] = number };
        var body = $$"""
            { "title": "Trygghet", "period": "2025", "source": "Enkät",
              {{string.Join(", ", values.Select(v => $"\"{v.Key}\": {v.Value}"))}} }
            """;

        var response = await Client.PostJsonAsync($"{Url()}/{analysis.Id}/observations", body);

        Assert.NotEmpty((await response.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation")).ErrorsFor(field));
        Assert.Equal(0, await DbAsync(db => db.Observations.CountAsync()));
    }

    [Fact]
    public async Task AnObservationValue_AtTheLimits_IsStoredExactlyAsSent()
    {
        var analysis = await CreateAsync();

        var added = await (await Client.PostJsonAsync($"{Url()}/{analysis.Id}/observations",
            """{ "title": "Gräns", "period": "2025", "source": "Enkät", "value": 99999999999999.9999, "valueWomen": -1.1235, "valueMen": 1.50000 }"""))
            .ReadAsync<ObservationDto>();

        var stored = await DbAsync(db => db.Observations.SingleAsync());
        Assert.Equal((99999999999999.9999m, -1.1235m, 1.5m), (stored.Value, stored.ValueWomen!.Value, stored.ValueMen!.Value));
        Assert.Equal((stored.Value, stored.ValueWomen, stored.ValueMen), (added.Value, added.ValueWomen, added.ValueMen));
    }

    [Fact]
    public async Task KoladaImport_WithValuesOrTitlesThatCannotBeStored_OrAGenderTwice_Returns400ByPath_AndImportsNothing()
    {
        var analysis = await CreateAsync();
        var title = new string('x', 301);
        var document = $$"""
            {
              "values": [
                { "kpi": "N15033", "municipality": "1280", "period": 2025, "values": [ { "gender": "T", "value": 1 }, { "gender": "T", "value": 2 } ] },
                { "kpi": "N15034", "municipality": "1280", "period": 2025, "values": [ { "gender": "T", "value": 123456789012345678901 } ] },
                { "kpi": "N15035", "municipality": "1280", "period": 2025, "values": [ { "gender": "T", "value": 1e40 } ] },
                { "kpi": "N15036", "municipality": "1280", "period": 2025, "values": [ { "gender": "T", "value": 1 }, { "gender": "K", "value": 1.123456 } ] },
                { "kpi": "N15037", "municipality": "1280", "period": 2025, "values": [ { "gender": "T", "value": 2.5 } ] }
              ],
              "kpis": [ { "id": "N15037", "title": "{{title}}" } ]
            }
            """;

        var response = await Client.PostJsonAsync($"{Url()}/{analysis.Id}/import/kolada", document);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(problem.ErrorsFor("values[0].values[1].gender"));
        Assert.NotEmpty(problem.ErrorsFor("values[1].values[0].value"));
        Assert.NotEmpty(problem.ErrorsFor("values[2].values[0].value"));
        Assert.NotEmpty(problem.ErrorsFor("values[3].values[1].value"));
        Assert.NotEmpty(problem.ErrorsFor("kpis[0].title"));
        Assert.Empty(problem.ErrorsFor("values[4].values[0].value"));
        Assert.Equal(0, await DbAsync(db => db.Observations.CountAsync()));
    }
}
