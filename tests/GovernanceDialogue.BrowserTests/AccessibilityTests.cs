using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GovernanceDialogue.BrowserTests;

/// <summary>
/// axe on every page (Swedish and English), finger 5's forms with their errors too, the skip link, and pages that keep
/// working under the strict CSP.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    private const string Administrator = "admin@solvik.example";
    private const string CityDirector = "stadsdirektor@solvik.example";

    /// <summary>
    /// A manager of Hamngymnasiet (overdue, never started), made for these tests: the demo city's own unit manager
    /// submits their dialogue in a journey, so theirs cannot stand for "in preparation" here.
    /// </summary>
    private Task<string> HarbourManagerAsync() =>
        fixture.UserAsync("hamnchef@solvik.example", "Hanna Hamnchef", Core.Domain.Identity.Role.UnitManager, "SKOF-HAMN");

    /// <summary>
    /// Every page worth checking, each with the demo user who sees all of it: the administrator for the organisation and
    /// admin pages, the city director (an executive for the whole city) for the five fingers, and a unit manager for a
    /// dialogue being prepared.
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

        // Finger 5: the open cycle (Strandskolan submitted, Hamngymnasiet overdue, Hemtjänst Norra kusten held) and the closed one.
        await page.GotoAsync("/cycles");
        var cycleRows = page.Locator("table.cycles tbody tr");
        var openCycleUrl = await cycleRows.Filter(new() { HasText = "Öppen" }).GetByRole(AriaRole.Link).GetAttributeAsync("href");
        var closedCycleUrl = await cycleRows.Filter(new() { HasText = "Stängd" }).First.GetByRole(AriaRole.Link).GetAttributeAsync("href");
        await page.GotoAsync(openCycleUrl!);
        var dialogues = page.Locator("table.dialogues");
        var submittedUrl = await dialogues.GetByRole(AriaRole.Link, new() { Name = "Strandskolan 7–9" }).GetAttributeAsync("href");
        var preparingUrl = await dialogues.GetByRole(AriaRole.Link, new() { Name = "Hamngymnasiet" }).GetAttributeAsync("href");
        var heldUrl = await dialogues.GetByRole(AriaRole.Link, new() { Name = "Hemtjänst Norra kusten" }).GetAttributeAsync("href");
        await page.GotoAsync(closedCycleUrl!);
        var closedDialogueUrl = await page.Locator("table.dialogues").GetByRole(AriaRole.Link, new() { Name = "Strandskolan 7–9" }).GetAttributeAsync("href");
        await page.GotoAsync(heldUrl!);
        var agreementUrl = await page.Locator("table.agreements a[href^='/agreements/']").First.GetAttributeAsync("href");
        await page.Context.CloseAsync();

        var admin = await fixture.SignedInPageAsync(Administrator);
        await admin.GotoAsync("/admin/users?q=Sara");
        var userUrl = await admin.GetByRole(AriaRole.Link, new() { Name = "Sara Stadsdirektör" }).GetAttributeAsync("href");
        await admin.GotoAsync("/admin/templates");
        var templateUrl = await admin.GetByRole(AriaRole.Link, new() { Name = "Verksamhetsdialog" }).GetAttributeAsync("href");
        await admin.Context.CloseAsync();
        var manager = await HarbourManagerAsync();

        string[] forAdministrator =
        [
            "/units/new", $"/units/new?parentId={administrationId}", $"{unitUrl}/edit", $"{administrationUrl}/edit",
            "/account", "/admin/users", "/admin/tokens", "/admin/audit", userUrl!,
            "/admin/templates", templateUrl!, $"{templateUrl}?version=1", "/admin/wheel", "/cycles", openCycleUrl!,
        ];
        string[] forDirector =
        [
            "/", "/units", "/units?q=skola", unitUrl!, administrationUrl, $"{unitUrl}/mission/edit", $"{unitUrl}/mission/versions",
            $"{unitUrl}/mission/versions/1", "/problems", "/language", "/units/00000000-0000-0000-0000-000000000001",
            "/goal-pictures", goalPictureUrl!, $"/goal-pictures/new?unitId={administrationId}", analysisUrl!, $"{analysisUrl}?withPrevious=true",
            $"{unitUrl}/goals", goalUrl!, "/line-of-sight", "/search?q=trygghet", "/search?q=xyzzy",
            "/cycles", "/cycles?status=Closed", openCycleUrl!, $"{openCycleUrl}?unit={administrationId}&overdue=true", closedCycleUrl!,
            submittedUrl!, preparingUrl!, heldUrl!, closedDialogueUrl!, agreementUrl!, "/commitments", "/notifications",
        ];
        string[] forManager = ["/cycles", openCycleUrl!, preparingUrl!, "/commitments", "/notifications", "/units?q=Hamngymnasiet"];
        return
        [
            .. forAdministrator.Select(url => (Administrator, url)), .. forDirector.Select(url => (CityDirector, url)),
            .. forManager.Select(url => (manager, url)),
        ];
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

    /// <summary>Signed in, with the language chosen as the switch in the header does (a cookie), so forms post in it too.</summary>
    private async Task<IPage> SignedInAsync(string email, string culture)
    {
        var page = await fixture.SignedInPageAsync(email);
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = fixture.BaseAddress.ToString() }]);
        return page;
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

    /// <summary>
    /// The finger 5 forms with their errors shown: the preparation submitted with goals unassessed, an empty meeting
    /// record, and a template and a wheel saved with a broken row. None of them is stored, so the pages stay as they were.
    /// </summary>
    [Theory]
    [InlineData("sv-SE")]
    [InlineData("en-GB")]
    public async Task DialogueForms_WithTheirErrorsShown_HaveNoSeriousOrCriticalAxeViolations(string culture)
    {
        var pages = (await PagesAsync()).ToLookup(p => p.User, p => p.Url);
        var manager = await SignedInAsync(await HarbourManagerAsync(), culture);
        await manager.GotoAsync(pages[await HarbourManagerAsync()].Single(u => u.StartsWith("/dialogues/", StringComparison.Ordinal)));
        await manager.Locator("form.preparation button[type=submit]").Last.ClickAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link)).ToHaveCountAsync(3);
        await manager.AssertNoSeriousViolationsAsync();

        // The template's help texts are Swedish only: in the English page they say so, for screen readers' voices.
        var help = manager.GetByText("Misslyckanden som delas blir lärdomar för fler.");
        await Assertions.Expect(help).ToBeVisibleAsync();
        if (culture == "en-GB")
        {
            await Assertions.Expect(help).ToHaveAttributeAsync("lang", "sv");
            await Assertions.Expect(manager.GetByText("What did not work, and what did you learn from it?")).ToBeVisibleAsync();
        }
        else
        {
            await Assertions.Expect(help).Not.ToHaveAttributeAsync("lang", new Regex("."));
        }

        await Assertions.Expect(manager.Locator("[lang='']")).ToHaveCountAsync(0);

        var director = await SignedInAsync(CityDirector, culture);
        await director.GotoAsync(pages[CityDirector].First(u => u.StartsWith("/dialogues/", StringComparison.Ordinal)));
        await director.Locator("form.meeting-form textarea").First.FillAsync(" ");
        await director.Locator("form.meeting-form input[type=date]").First.FillAsync("");
        await director.Locator("form.meeting-form button[type=submit]").ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Assertions.Expect(director.Locator("form.meeting-form [aria-invalid=true]").First).ToBeVisibleAsync();
        await director.AssertNoSeriousViolationsAsync();

        var admin = await SignedInAsync(Administrator, culture);
        await admin.GotoAsync("/admin/templates");
        await admin.Locator("#Input_Questions_0__Key").FillAsync("Inte En Nyckel");
        await admin.Locator("form.form button[type=submit]").Last.ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await admin.AssertNoSeriousViolationsAsync();

        await admin.GotoAsync("/admin/wheel");
        var blank = admin.Locator("fieldset.question-row").Last;
        await blank.Locator("input[id$='__Key']").FillAsync("extra");
        await blank.Locator("input[id$='__OpensOn']").FillAsync("13-45");
        await admin.Locator("form.form button[type=submit]").Last.ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await admin.AssertNoSeriousViolationsAsync();
        await Assertions.Expect(admin.Locator("html")).ToHaveAttributeAsync("lang", culture[..2]);
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
