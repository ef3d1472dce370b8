using System.Text;
using Microsoft.Playwright;

namespace GovernanceDialogue.BrowserTests;

/// <summary>
/// Fingers 2–4 end to end: a new version of an administration's goal picture adopted and published, a new unit's
/// current-state analysis written with evidence and a Kolada file, its few prioritised goals under the cap, the line of
/// sight and the search box. Each journey makes its own unit, so journeys never share rows with each other.
/// </summary>
public sealed class FingersJourneyTests(BrowserFixture fixture)
{
    private const string KoladaFile = """
        {
          "values": [
            { "kpi": "N15033", "municipality": "1280", "period": 2025, "values": [
              { "gender": "T", "value": 87.5, "status": "", "count": 1 },
              { "gender": "K", "value": 90.1, "status": "", "count": 1 },
              { "gender": "M", "value": 84.9, "status": "", "count": 1 } ] }
          ],
          "kpis": [ { "id": "N15033", "title": "Elever i åk 9 som känner sig trygga i skolan, andel (%)" } ]
        }
        """;

    private const string BrokenKoladaFile = """
        { "values": [ { "municipality": "1280", "period": 2025, "values": [ { "gender": "X", "value": "många" } ] } ] }
        """;

    [Fact]
    public async Task AdministrationChief_AdoptsAndPublishesANewVersionOfTheGoalPicture()
    {
        var page = await fixture.SignedInPageAsync("forvaltningschef@solvik.example");
        await page.GotoAsync("/goal-pictures");
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Skol- och fritidsförvaltningen" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("main .eyebrow")).ToContainTextAsync("Publicerad");
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Påbörja en ny version" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Visionen")).Not.ToBeEmptyAsync();
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByLabel("Visionen").FillAsync("Varje barn i Solvik lämnar skolan med framtidstro och en trygg plats att vara på.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa utkast" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Utkastet är skapat");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("framtidstro");

        // An adoption without its decision is refused with an error summary that leads to the field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Anta", Exact = true }).ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("Något behöver rättas");
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByLabel("Beslutsdatum").FillAsync("2026-11-20");
        await page.GetByLabel("Beslut", new() { Exact = true }).FillAsync("Skol- och fritidsnämnden 2026-11-20 § 98");
        await page.GetByRole(AriaRole.Button, new() { Name = "Anta", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Målbilden är antagen");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publicera för alla" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Målbilden är publicerad");
        var versions = page.Locator("section[aria-labelledby=versions-heading] tbody tr");
        await Assertions.Expect(versions).ToHaveCountAsync(2);
        await Assertions.Expect(versions.Filter(new() { HasText = "Ersatt" })).ToHaveCountAsync(1);
        await Assertions.Expect(versions.Filter(new() { HasText = "§ 98" })).ToContainTextAsync("Publicerad");
        await page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task StartPage_ShowsTheCitysPublishedGoalPictureToEveryone()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await Assertions.Expect(page.Locator(".goal-picture-hero")).ToContainTextAsync("Fokusområden");
        await Assertions.Expect(page.Locator(".goal-picture-hero .themes li")).Not.ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "Läs hela målbilden" }).ClickAsync();
        await Assertions.Expect(page.Locator("main .eyebrow")).ToContainTextAsync("Solvik");
        await page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task Manager_WritesTheAnalysis_WithEvidenceAndAKoladaFile_AndCompletesIt()
    {
        var page = await fixture.SignedInPageAsync("forvaltningschef@solvik.example");
        await NewUnitAsync(page, "Fyrens fritidsgård", "SKOF-FYR");

        await page.GetByRole(AriaRole.Button, new() { Name = "Påbörja nulägesanalys" }).ClickAsync();
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByLabel("Styrkor").FillAsync("Många unga hittar hit, och personalen känner dem väl.");
        await page.GetByLabel("Utmaningar").FillAsync("Flickor 13–16 år kommer sällan.");
        await page.GetByLabel("Ålder").CheckAsync();
        await page.GetByLabel("Kön").CheckAsync();
        await page.GetByLabel("Hur påverkas de olika?").FillAsync("Flickor i tonåren använder gården mindre än pojkar.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        var parts = page.Locator("table.analysis");
        await Assertions.Expect(parts.GetByRole(AriaRole.Row, new() { Name = "Utmaningar" })).ToContainTextAsync("Flickor 13–16 år");
        await Assertions.Expect(parts.GetByRole(AriaRole.Row, new() { Name = "Grupper som påverkas olika" })).ToContainTextAsync("Kön");

        // An indicator by hand, with a Swedish decimal comma.
        await page.GetByLabel("Titel").FillAsync("Besök per kväll");
        await page.GetByLabel("Värde").FillAsync("41,5");
        await page.GetByLabel("Period", new() { Exact = true }).FillAsync("2025");
        await page.GetByLabel("Källa").FillAsync("Besöksräkning");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Indikatorn är tillagd");
        var evidence = page.Locator("section[aria-labelledby=evidence-heading] tbody");
        await Assertions.Expect(evidence.GetByRole(AriaRole.Row, new() { Name = "Besök per kväll" })).ToContainTextAsync("41,5");

        // A broken Kolada file is refused, every problem listed, and nothing is imported.
        await UploadAsync(page, "broken.json", BrokenKoladaFile);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("kpi");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Locator("li")).Not.ToHaveCountAsync(1);
        await page.AssertNoSeriousViolationsAsync();
        await Assertions.Expect(evidence.Locator("tr")).ToHaveCountAsync(1);

        await UploadAsync(page, "kolada.json", KoladaFile);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Importerat: 1 nya");
        var kolada = evidence.GetByRole(AriaRole.Row, new() { Name = "Elever i åk 9 som känner sig trygga" });
        await Assertions.Expect(kolada).ToContainTextAsync("87,5");
        await Assertions.Expect(kolada).ToContainTextAsync("90,1");
        await Assertions.Expect(kolada).ToContainTextAsync("N15033");
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Markera som klar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Analysen är klar");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skriv analysen" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Markera som klar" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Manager_KeepsGoalsFew_TheSixthReplacesOneWhichLandsInTheStopLog()
    {
        var page = await fixture.SignedInPageAsync("forvaltningschef@solvik.example");
        await NewUnitAsync(page, "Havsbadets simhall", "SKOF-HAV");
        await page.GetByRole(AriaRole.Link, new() { Name = "Alla mål för" }).ClickAsync();
        await Assertions.Expect(page.GetByText("0 av högst 5 mål")).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();

        for (var n = 1; n <= 5; n++)
        {
            await AddGoalAsync(page, $"Mål nummer {n}", theme: n == 1 ? "Lärande för alla" : null);
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Målet är tillagt");
        }

        var active = page.Locator("section[aria-labelledby=active-heading] ol.goals > li");
        await Assertions.Expect(active).ToHaveCountAsync(5);
        await Assertions.Expect(page.GetByText("Taket på 5 mål är nått")).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();

        // A sixth goal without saying why another one goes is refused, and nothing is added.
        await AddGoalAsync(page, "Mål nummer 6", theme: null);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Något behöver rättas");
        await page.AssertNoSeriousViolationsAsync();
        await page.GotoAsync(page.Url.Split('?')[0]);
        await Assertions.Expect(active).ToHaveCountAsync(5);

        await page.GetByLabel("Mål som prioriteras bort").SelectOptionAsync(new SelectOptionValue { Label = "5. Mål nummer 5" });
        await page.GetByLabel("Varför det prioriteras bort").FillAsync("Simskolan för vuxna räcker inte till båda.");
        await AddGoalAsync(page, "Mål nummer 6", theme: null);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Målet är tillagt");
        await Assertions.Expect(active).ToHaveCountAsync(5);
        await Assertions.Expect(active.Last).ToContainTextAsync("Mål nummer 6");
        var stopLog = page.Locator("section[aria-labelledby=stop-heading]");
        await Assertions.Expect(stopLog).ToContainTextAsync("Mål nummer 5");
        await Assertions.Expect(stopLog).ToContainTextAsync("Simskolan för vuxna räcker inte till båda.");
        await Assertions.Expect(page.Locator("section[aria-labelledby=closed-heading]")).ToContainTextAsync("Mål nummer 5");

        // Reordering by keyboard-reachable buttons.
        await page.GetByRole(AriaRole.Button, new() { Name = "Flytta upp Mål nummer 6" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ordningen är ändrad");
        await Assertions.Expect(active.Nth(3)).ToContainTextAsync("Mål nummer 6");
        await Assertions.Expect(active.Nth(0)).ToContainTextAsync("Lärande för alla");
        await Assertions.Expect(active.Nth(1)).ToContainTextAsync("Inget fokusområde");
        await page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task CityDirector_FollowsTheLineOfSight_AndSearchesInSwedish()
    {
        var page = await fixture.SignedInPageAsync("stadsdirektor@solvik.example");
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Röd tråd" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Röd tråd", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Trygg" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Skol- och fritidsförvaltningen");
        var gap = page.Locator("details", new() { HasText = "enheter utan mål här" }).First;
        await gap.Locator("summary").ClickAsync();
        await Assertions.Expect(gap.GetByRole(AriaRole.Link).First).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Sök", Exact = true }).ClickAsync();
        await page.GetByLabel("Sök i uppdrag, målbilder, analyser och mål").FillAsync("tryggheten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("träffar för ”tryggheten”");
        // The Swedish stemmer finds "trygg", "trygga" and "tryggt" for "tryggheten", each highlighted.
        await Assertions.Expect(page.Locator("main mark").First).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();
    }

    /// <summary>The administrator adds a unit under the school administration; the administration chief then opens it.</summary>
    private async Task NewUnitAsync(IPage chief, string name, string shortCode)
    {
        var page = await fixture.SignedInPageAsync("admin@solvik.example");
        await page.GotoAsync("/units?q=Skol-");
        await page.GetByRole(AriaRole.Link, new() { Name = "Skol- och fritidsförvaltningen" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Lägg till enhet" }).ClickAsync();
        await page.GetByLabel("Namn").FillAsync(name);
        await page.GetByLabel("Kortkod").FillAsync(shortCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await chief.GotoAsync(page.Url);
        await page.Context.CloseAsync();
    }

    private static async Task UploadAsync(IPage page, string fileName, string json)
    {
        await page.GetByLabel("Fil från Kolada (JSON)").SetInputFilesAsync(
            new FilePayload { Name = fileName, MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(json) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Importera" }).ClickAsync();
    }

    private static async Task AddGoalAsync(IPage page, string title, string? theme)
    {
        var form = page.Locator("section[aria-labelledby=add-heading] form");
        await form.GetByLabel("Målet", new() { Exact = true }).FillAsync(title);
        await form.GetByLabel("Varför", new() { Exact = true }).FillAsync($"Analysen visar att {title.ToLowerInvariant()} behövs.");
        if (theme is not null)
        {
            await form.GetByLabel(theme, new() { Exact = true }).CheckAsync();
        }

        await form.GetByLabel("Ansvarig").FillAsync("Enhetschefen");
        await form.GetByLabel("Hur vi vet att vi lyckas").FillAsync("Besökarna säger det i samtal.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lägg till målet" }).ClickAsync();
    }
}
