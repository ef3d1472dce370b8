using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Lessons;
using Microsoft.Playwright;

namespace GovernanceDialogue.BrowserTests;

/// <summary>
/// axe on every lessons and failure-of-the-year page in Swedish and English: the library (also with a refused search),
/// a lesson as the public and as its editor, the forms (also with their errors shown), the award page for the public,
/// a politician and the city director, and the nomination form. Nothing here is stored but the lessons it reads.
/// </summary>
public sealed class LessonAccessibilityTests(BrowserFixture fixture)
{
    private const string Manager = "enhetschef@solvik.example";
    private const string Politician = "politiker@solvik.example";
    private const string CityDirector = "stadsdirektor@solvik.example";

    private static string WithCulture(string url, string culture) => url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"culture={culture}";

    private static async Task CheckAsync(IPage page, string culture, params string[] urls)
    {
        foreach (var url in urls)
        {
            var response = await page.GotoAsync(WithCulture(url, culture));
            Assert.True(response!.Ok, $"{response.Status} on {url}");
            Assert.DoesNotContain("/account/login", page.Url, StringComparison.Ordinal);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture[..2]);
            await page.AssertNoSeriousViolationsAsync();
        }
    }

    [Theory]
    [InlineData("sv-SE")]
    [InlineData("en-GB")]
    public async Task LessonAndAwardPages_HaveNoSeriousOrCriticalAxeViolations(string culture)
    {
        var year = fixture.App.Clock.Today().Year;
        var shared = await LessonJourneyTests.LessonAsync(fixture, $"Tillgänglig lärdom {culture}", LessonVisibility.Public, share: true);
        var draft = await LessonJourneyTests.LessonAsync(fixture, $"Tillgängligt utkast {culture}", LessonVisibility.Organisation, share: false, failure: false);

        var visitor = await fixture.NewPageAsync(culture);
        await CheckAsync(
            visitor, culture, "/lessons", "/lessons?q=bokningssystem&failure=true&visibility=Public", "/lessons?q=a", $"/lessons/{shared.Id}",
            "/awards/failure-of-the-year", $"/awards/failure-of-the-year/{year - 1}");

        var manager = await fixture.SignedInPageAsync(Manager);
        await CheckAsync(manager, culture, "/lessons?status=Draft", "/lessons/new", $"/lessons/{draft.Id}", $"/lessons/{draft.Id}/edit", $"/lessons/{shared.Id}");

        var politician = await fixture.SignedInPageAsync(Politician);
        await CheckAsync(politician, culture, $"/awards/failure-of-the-year/{year}/nominate?lesson={shared.Id}", "/awards/failure-of-the-year");

        var director = await fixture.SignedInPageAsync(CityDirector);
        await CheckAsync(director, culture, "/awards/failure-of-the-year", "/lessons/new", $"/lessons/{shared.Id}");
    }

    /// <summary>The forms with their errors shown: a lesson without a title, a nomination without a motivation.</summary>
    [Theory]
    [InlineData("sv-SE")]
    [InlineData("en-GB")]
    public async Task LessonFormsWithErrors_HaveNoSeriousOrCriticalAxeViolations(string culture)
    {
        var year = fixture.App.Clock.Today().Year;
        var shared = await LessonJourneyTests.LessonAsync(fixture, $"Nominerbar lärdom {culture}", LessonVisibility.Organisation, share: true);

        var manager = await fixture.SignedInPageAsync(Manager);
        await manager.GotoAsync(WithCulture("/lessons/new", culture));
        await manager.Locator("main form[method=post] button[type=submit]").First.ClickAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Assertions.Expect(manager.Locator("#Input_Title")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(manager.Locator("html")).ToHaveAttributeAsync("lang", culture[..2]);
        await manager.AssertNoSeriousViolationsAsync();

        var politician = await fixture.SignedInPageAsync(Politician);
        await politician.GotoAsync(WithCulture($"/awards/failure-of-the-year/{year}/nominate?lesson={shared.Id}", culture));
        await politician.Locator("main form[method=post] button[type=submit]").First.ClickAsync();
        await Assertions.Expect(politician.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Assertions.Expect(politician.Locator("#Motivation")).ToHaveAttributeAsync("aria-invalid", "true");
        await politician.AssertNoSeriousViolationsAsync();
    }
}
