using Microsoft.Playwright;

namespace GovernanceDialogue.BrowserTests;

/// <summary>
/// axe on every summary page in Swedish and English: the public list and reading views (anonymous), the executive's
/// view of a draft, the editor (also with a quote error shown), the cycle page's summaries and the start page.
/// Nothing here is stored: the editor's error is a refused save.
/// </summary>
public sealed class SummaryAccessibilityTests(BrowserFixture fixture)
{
    private const string CityDirector = "stadsdirektor@solvik.example";

    /// <summary>The published summaries (closed cycle) and the open cycle's city draft, found as the city director sees them.</summary>
    private async Task<(string[] Published, string Draft, string OpenCycle, string ClosedCycle)> UrlsAsync()
    {
        var page = await fixture.SignedInPageAsync(CityDirector);
        await page.GotoAsync("/cycles");
        var rows = page.Locator("table.cycles tbody tr");
        var openCycle = await rows.Filter(new() { HasText = "Öppen" }).GetByRole(AriaRole.Link).GetAttributeAsync("href");
        var closedCycle = await rows.Filter(new() { HasText = "Stängd" }).First.GetByRole(AriaRole.Link).GetAttributeAsync("href");
        await page.GotoAsync(closedCycle!);
        var published = await page.Locator(".cycle-summaries tbody th a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        await page.GotoAsync(openCycle!);
        var draft = await page.Locator(".cycle-summaries tbody tr").Filter(new() { HasText = "Solvik stad" }).Locator("th a").GetAttributeAsync("href");
        await page.Context.CloseAsync();
        Assert.True(published.Length >= 2, "The demo city publishes the city's and the administrations' summaries of its closed cycle.");
        return (published, draft!, openCycle!, closedCycle!);
    }

    private static string WithCulture(string url, string culture) => url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"culture={culture}";

    [Theory]
    [InlineData("sv-SE")]
    [InlineData("en-GB")]
    public async Task PublicSummaryPages_HaveNoSeriousOrCriticalAxeViolations(string culture)
    {
        var (published, _, _, _) = await UrlsAsync();
        var page = await fixture.NewPageAsync(culture);
        string[] urls = ["/", "/summaries", $"/summaries?unit={Guid.Empty}", .. published, $"{published[0]}?version=1"];

        foreach (var url in urls)
        {
            var response = await page.GotoAsync(WithCulture(url, culture));
            Assert.True(response!.Ok, $"{response.Status} on {url}");
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture[..2]);
            await page.AssertNoSeriousViolationsAsync();
        }

        // The printed summary too.
        await page.GotoAsync(WithCulture(published[0], culture));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.AssertNoSeriousViolationsAsync();
    }

    [Theory]
    [InlineData("sv-SE")]
    [InlineData("en-GB")]
    public async Task ExecutivesSummaryPages_HaveNoSeriousOrCriticalAxeViolations(string culture)
    {
        var (published, draft, openCycle, closedCycle) = await UrlsAsync();
        var page = await fixture.SignedInPageAsync(CityDirector);
        string[] urls =
        [
            "/summaries", published[0], $"{published[0]}?draft=true", draft, $"{draft}?draft=true", $"{draft}/edit", $"{published[0]}/edit",
            $"{draft}/edit?question=did-not-work", openCycle, closedCycle,
        ];

        foreach (var url in urls)
        {
            var response = await page.GotoAsync(WithCulture(url, culture));
            Assert.True(response!.Ok, $"{response.Status} on {url}");
            Assert.DoesNotContain("/account/login", page.Url, StringComparison.Ordinal);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture[..2]);
            await page.AssertNoSeriousViolationsAsync();
        }
    }

    /// <summary>The editor with a quote added and a refused save shown (a quote not word for word), in the language chosen by cookie.</summary>
    [Theory]
    [InlineData("sv-SE")]
    [InlineData("en-GB")]
    public async Task Editor_WithAQuoteErrorShown_HasNoSeriousOrCriticalAxeViolations(string culture)
    {
        var (published, _, _, _) = await UrlsAsync();
        var page = await fixture.SignedInPageAsync(CityDirector);
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = fixture.BaseAddress.ToString() }]);
        await page.GotoAsync($"{published[0]}/edit");

        await page.Locator("ul.quotable-answers li button").First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();
        await page.Locator("fieldset.quote-row textarea").Last.FillAsync("Ord som ingen har skrivit.");
        await page.Locator("form.summary-form .actions button").First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("fieldset.quote-row textarea").Last).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture[..2]);
        await page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task SummaryPages_RenderUnderTheStrictContentSecurityPolicy()
    {
        var (published, _, _, _) = await UrlsAsync();
        var page = await fixture.NewStrictPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };

        foreach (var url in new[] { "/", "/summaries", published[0], published[^1] })
        {
            await page.GotoAsync(url);
        }

        // The charts' patterns and colours come from the stylesheet and attributes, never inline styles.
        var bar = page.Locator("figure.summary-chart rect.bar").First;
        Assert.Equal("rgb(15, 107, 58)", await bar.EvaluateAsync<string>("e => getComputedStyle(e).stroke"));
        Assert.Empty(violations);
    }
}
