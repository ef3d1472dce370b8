using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GovernanceDialogue.BrowserTests;

/// <summary>
/// Summaries end to end: the politician reads the city's summary (charts with text alternatives and tables, a quote,
/// a print without navigation), the public finds it from the start page without signing in (and a unit's mission), and
/// the city director writes and publishes the open cycle's draft. axe on every page on the way.
/// </summary>
public sealed class SummaryJourneyTests(BrowserFixture fixture)
{
    /// <summary>The closed cycle's city summary: the oldest of the city's published ones (a journey may publish the open cycle's).</summary>
    private static ILocator ClosedCityRow(IPage page) =>
        page.Locator("table.summaries tbody tr").Filter(new() { HasText = "Solvik stad" }).Last;

    private static async Task AssertChartsAreAccessibleAsync(IPage page, int expected)
    {
        var charts = page.Locator("figure.summary-chart svg[role=img]");
        await Assertions.Expect(charts).ToHaveCountAsync(expected);
        for (var i = 0; i < expected; i++)
        {
            var svg = charts.Nth(i);
            var title = page.Locator($"[id='{await svg.GetAttributeAsync("aria-labelledby")}']");
            var desc = page.Locator($"[id='{await svg.GetAttributeAsync("aria-describedby")}']");
            await Assertions.Expect(title).ToHaveTextAsync(new Regex(@"\S"));
            await Assertions.Expect(desc).ToHaveTextAsync(new Regex(@"\d"));
            // The accessible name and description come from the SVG's own title and desc.
            await Assertions.Expect(svg).ToHaveAccessibleNameAsync((await title.TextContentAsync())!);
        }

        var tables = page.Locator("table.chart-data");
        await Assertions.Expect(tables).ToHaveCountAsync(expected);
        for (var i = 0; i < expected; i++)
        {
            await Assertions.Expect(tables.Nth(i).Locator("caption")).Not.ToBeEmptyAsync();
            await Assertions.Expect(tables.Nth(i).Locator("tbody th[scope=row]").First).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task Politician_ReadsTheCitySummary_WithAccessibleCharts_AndPrintsItWithoutNavigation()
    {
        var page = await fixture.SignedInPageAsync("politiker@solvik.example");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Sammanfattningar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sammanfattningar", Level = 1 })).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();

        await ClosedCityRow(page).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex(" – Solvik stad$"));
        await AssertChartsAreAccessibleAsync(page, 3);
        var quote = page.Locator("figure.quote").First;
        await Assertions.Expect(quote.Locator("blockquote")).Not.ToBeEmptyAsync();
        await Assertions.Expect(quote.Locator("cite")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("main a[href$='/edit']")).ToHaveCountAsync(0);
        await page.AssertNoSeriousViolationsAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" })).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".summary-actions")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("figure.summary-chart").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.chart-data").Last).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("figure.quote").First).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Public_WithoutSigningIn_GoesFromTheStartPageToTheGoalPictureAndASummary_AndFindsAUnitsMission()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/");
        var latest = page.Locator("section.latest-summary");
        await Assertions.Expect(latest.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(new Regex(" – Solvik stad$"));
        await Assertions.Expect(latest.Locator("li").First).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Läs hela målbilden" }).ClickAsync();
        await Assertions.Expect(page.Locator("main .eyebrow").First).ToContainTextAsync("Solvik stad");
        await page.AssertNoSeriousViolationsAsync();

        await page.GotoAsync("/");
        await latest.GetByRole(AriaRole.Heading, new() { Level = 2 }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex(" – Solvik stad$"));
        await AssertChartsAreAccessibleAsync(page, 3);
        await Assertions.Expect(page.Locator("main a[href$='/edit']")).ToHaveCountAsync(0);
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Sammanfattningar" }).First.ClickAsync();
        await ClosedCityRow(page).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("figure.quote blockquote").First).Not.ToBeEmptyAsync();

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Search, new() { Name = "Sök uppdrag per enhet" }).GetByLabel("Sök enhet").FillAsync("Familjecentralen");
        await page.GetByRole(AriaRole.Search, new() { Name = "Sök uppdrag per enhet" }).GetByRole(AriaRole.Button, new() { Name = "Sök" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Familjecentralen Solvik" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Familjecentralen Solvik", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("section.mission .plain-summary").First).Not.ToBeEmptyAsync();
        await page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task CityDirector_WritesTheOpenCyclesDraft_ChoosesAQuote_AndPublishesIt()
    {
        var page = await fixture.SignedInPageAsync("stadsdirektor@solvik.example");
        await page.GotoAsync("/cycles");
        await page.Locator("table.cycles tbody tr").Filter(new() { HasText = "Öppen" }).GetByRole(AriaRole.Link).ClickAsync();
        var summaries = page.Locator("section.cycle-summaries");
        await Assertions.Expect(summaries.GetByRole(AriaRole.Row).Filter(new() { HasText = "Solvik stad" })).ToContainTextAsync("Utkast – aldrig publicerat");
        await page.AssertNoSeriousViolationsAsync();

        await summaries.GetByRole(AriaRole.Link, new() { Name = "Redigera sammanfattningen för Solvik stad" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Redigera sammanfattningen");
        await Assertions.Expect(page.Locator(".summary-facts table.key-figures")).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByLabel("Vad dialogerna visade").FillAsync("Enheterna beskriver ett arbete som går framåt.\n\nLedningen tar med sig frågan om lokaler.");
        await page.GetByLabel("Punkt 1", new() { Exact = true }).FillAsync("Alla enheter har förberett sina dialoger");

        // Choose a lesson shared, by question; the whole answer becomes a quote row.
        await page.GetByLabel("Visa svar på frågan").SelectOptionAsync("did-not-work");
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa svaren" }).ClickAsync();
        await page.Locator("ul.quotable-answers li button").First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("tillagt som citat");
        await Assertions.Expect(page.GetByLabel("Vad dialogerna visade")).ToHaveValueAsync(new Regex("Ledningen tar med sig"));
        var quote = page.Locator("fieldset.quote-row textarea").Last;
        var answer = await quote.InputValueAsync();

        // Words not in the answer are refused on the quote's own row; what was typed stays.
        await quote.FillAsync("Det här sa ingen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" }).ClickAsync();
        var alert = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync("ordagrant");
        await Assertions.Expect(page.Locator("fieldset.quote-row textarea").Last).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Punkt 1", new() { Exact = true })).ToHaveValueAsync("Alla enheter har förberett sina dialoger");
        await page.AssertNoSeriousViolationsAsync();
        await alert.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.Locator("fieldset.quote-row textarea").Last).ToBeFocusedAsync();

        // Shortened, but word for word: the first sentence of the answer.
        var shortened = answer.IndexOf(". ", StringComparison.Ordinal) is var end and > 0 ? answer[..(end + 1)] : answer;
        await page.Locator("fieldset.quote-row textarea").Last.FillAsync(shortened);
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara och publicera" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("publicerad som version 1");
        await Assertions.Expect(page.Locator(".summary-narrative")).ToContainTextAsync("Ledningen tar med sig frågan om lokaler.");
        await Assertions.Expect(page.Locator("figure.quote blockquote").Last).ToHaveTextAsync(shortened);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Redigera sammanfattningen" })).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();

        // Politicians and the public read it now.
        var anonymous = await fixture.NewPageAsync();
        await anonymous.GotoAsync(page.Url);
        await Assertions.Expect(anonymous.Locator(".summary-narrative")).ToContainTextAsync("Ledningen tar med sig frågan om lokaler.");
    }
}
