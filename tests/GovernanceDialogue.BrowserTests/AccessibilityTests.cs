using Microsoft.Playwright;

namespace GovernanceDialogue.BrowserTests;

/// <summary>axe on every page (Swedish and English), the skip link, and pages that keep working under the strict CSP.</summary>
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    private async Task<string[]> PagesAsync()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/units?q=Strandskolan");
        var unitUrl = await page.GetByRole(AriaRole.Link, new() { Name = "Strandskolan", Exact = false }).First.GetAttributeAsync("href");
        await page.GotoAsync("/units?q=Skol-");
        var administrationUrl = await page.GetByRole(AriaRole.Link, new() { Name = "Skol- och fritidsförvaltningen" }).GetAttributeAsync("href");
        return
        [
            "/", "/units", "/units?q=skola", unitUrl!, administrationUrl!, $"{unitUrl}/mission/edit", $"{unitUrl}/mission/versions",
            $"{unitUrl}/mission/versions/1", "/units/new", $"/units/new?parentId={administrationUrl!.Split('/').Last()}",
            $"{unitUrl}/edit", $"{administrationUrl}/edit", "/problems", "/language", "/units/00000000-0000-0000-0000-000000000001",
        ];
    }

    private static readonly string[] SignedInPages = ["/account", "/admin/users", "/admin/tokens", "/admin/audit"];

    [Theory]
    [InlineData("sv-SE")]
    [InlineData("en-GB")]
    public async Task EveryPage_HasNoSeriousOrCriticalAxeViolations(string culture)
    {
        // An administrator who is also an executive sees every form and every admin page.
        var page = await fixture.SignedInPageAsync("admin@solvik.example");
        var userPage = await page.Context.NewPageAsync();
        await userPage.GotoAsync("/admin/users?q=Sara");
        var userUrl = await userPage.GetByRole(AriaRole.Link, new() { Name = "Sara Stadsdirektör" }).GetAttributeAsync("href");
        foreach (var url in (await PagesAsync()).Concat(SignedInPages).Append(userUrl!))
        {
            await page.GotoAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"culture={culture}");
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

        foreach (var url in await PagesAsync())
        {
            await page.GotoAsync(url);
        }

        await page.GotoAsync("/units");
        var headerColour = await page.Locator("header.site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(11, 79, 108)", headerColour);
        Assert.Empty(violations);
    }
}
