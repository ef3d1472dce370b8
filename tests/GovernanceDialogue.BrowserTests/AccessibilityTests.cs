using Microsoft.Playwright;

namespace GovernanceDialogue.BrowserTests;

/// <summary>axe on every page (Swedish and English), the skip link, and pages that keep working under the strict CSP.</summary>
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    private const string Administrator = "admin@solvik.example";
    private const string CityDirector = "stadsdirektor@solvik.example";

    /// <summary>
    /// Every page worth checking, each with the demo user who sees all of it: the administrator for the organisation and
    /// admin pages, the city director (an executive for the whole city) for the five fingers.
    /// </summary>
    private async Task<(string User, string Url)[]> PagesAsync()
    {
        var page = await fixture.SignedInPageAsync(CityDirector);
        await page.GotoAsync("/units?q=Strandskolan");
        var unitUrl = await page.GetByRole(AriaRole.Link, new() { Name = "Strandskolan", Exact = false }).First.GetAttributeAsync("href");
        await page.GotoAsync("/units?q=Skol-");
        var administrationUrl = await page.GetByRole(AriaRole.Link, new() { Name = "Skol- och fritidsförvaltningen" }).GetAttributeAsync("href");
        var administrationId = administrationUrl!.Split('/').Last();
        await page.GotoAsync(unitUrl!);
        var analysisUrl = await page.Locator("a[href*='/analyses/']").First.GetAttributeAsync("href");
        var goalUrl = await page.Locator("a[href*='/goals/']").First.GetAttributeAsync("href");
        await page.GotoAsync("/goal-pictures");
        var goalPictureUrl = await page.GetByRole(AriaRole.Link, new() { Name = "Solvik stad" }).GetAttributeAsync("href");
        await page.Context.CloseAsync();

        var admin = await fixture.SignedInPageAsync(Administrator);
        await admin.GotoAsync("/admin/users?q=Sara");
        var userUrl = await admin.GetByRole(AriaRole.Link, new() { Name = "Sara Stadsdirektör" }).GetAttributeAsync("href");
        await admin.Context.CloseAsync();

        string[] forAdministrator =
        [
            "/units/new", $"/units/new?parentId={administrationId}", $"{unitUrl}/edit", $"{administrationUrl}/edit",
            "/account", "/admin/users", "/admin/tokens", "/admin/audit", userUrl!,
        ];
        string[] forDirector =
        [
            "/", "/units", "/units?q=skola", unitUrl!, administrationUrl, $"{unitUrl}/mission/edit", $"{unitUrl}/mission/versions",
            $"{unitUrl}/mission/versions/1", "/problems", "/language", "/units/00000000-0000-0000-0000-000000000001",
            "/goal-pictures", goalPictureUrl!, $"/goal-pictures/new?unitId={administrationId}", analysisUrl!, $"{analysisUrl}?withPrevious=true",
            $"{unitUrl}/goals", goalUrl!, "/line-of-sight", "/search?q=trygghet", "/search?q=xyzzy",
        ];
        return [.. forAdministrator.Select(url => (Administrator, url)), .. forDirector.Select(url => (CityDirector, url))];
    }

    [Theory]
    [InlineData("sv-SE")]
    [InlineData("en-GB")]
    public async Task EveryPage_HasNoSeriousOrCriticalAxeViolations(string culture)
    {
        var pages = new Dictionary<string, IPage>();
        foreach (var (user, url) in await PagesAsync())
        {
            if (!pages.TryGetValue(user, out var page))
            {
                pages[user] = page = await fixture.SignedInPageAsync(user);
            }

            var response = await page.GotoAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"culture={culture}");
            Assert.True(response!.Ok || url.EndsWith("00000000-0000-0000-0000-000000000001", StringComparison.Ordinal), $"{user} got {response.Status} on {url}");
            Assert.DoesNotContain("/account/login", page.Url, StringComparison.Ordinal);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture[..2]);
            await page.AssertNoSeriousViolationsAsync();
        }
    }

    [Theory]
    [InlineData("sv-SE")]
    [InlineData("en-GB")]
    public async Task SignInPages_HaveNoSeriousOrCriticalAxeViolations(string culture)
    {
        var page = await fixture.NewPageAsync();
        foreach (var url in new[] { "/account/login", "/account/logout", "/account/invitation?user=00000000-0000-0000-0000-000000000001&token=x" })
        {
            await page.GotoAsync($"{url}{(url.Contains('?', StringComparison.Ordinal) ? "&" : "?")}culture={culture}");
            await page.AssertNoSeriousViolationsAsync();
        }

        // With the errors shown, too.
        await page.GotoAsync($"/account/login?culture={culture}");
        await page.Locator("form.form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task SignIn_ShowsWhoIsSignedIn_AndSignOutEndsTheSession()
    {
        var page = await fixture.SignedInPageAsync("politiker@solvik.example");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Per Politiker" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Du är utloggad");
        await page.GotoAsync("/account");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkipLink_IsTheFirstStopAndMovesFocusToTheMainContent()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/units");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Hoppa till innehållet" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task LanguageSwitch_ByKeyboard_ChangesTheLanguageAndStaysOnThePage()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/units");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Organisation", Level = 1 })).ToBeVisibleAsync();
        Assert.EndsWith("/units", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_RenderUnderTheStrictContentSecurityPolicy()
    {
        var page = await fixture.NewStrictPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };

        foreach (var (_, url) in await PagesAsync())
        {
            await page.GotoAsync(url);
        }

        await page.GotoAsync("/units");
        var headerColour = await page.Locator("header.site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(11, 79, 108)", headerColour);
        Assert.Empty(violations);
    }
}
