using System.Text.RegularExpressions;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Features.Lessons;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GovernanceDialogue.BrowserTests;

/// <summary>
/// Lessons (lärdomar) and Årets misslyckande end to end in the demo city: the unit manager of Solbackens förskola makes
/// a lesson of the closed cycle's "what did not work", revises and shares it, and anyone finds it; a politician
/// nominates a shared failure, the city director shortlists it and decides the year's winner, which the public then
/// sees. axe runs on every page and on the forms with their errors. Each journey works on its own lessons.
/// </summary>
public sealed class LessonJourneyTests(BrowserFixture fixture)
{
    private const string Manager = "enhetschef@solvik.example";
    private const string Politician = "politiker@solvik.example";
    private const string CityDirector = "stadsdirektor@solvik.example";

    /// <summary>A lesson of Solbackens förskola written by the app's own commands (as the system), shared when asked.</summary>
    public static async Task<LessonDto> LessonAsync(BrowserFixture fixture, string title, LessonVisibility visibility, bool share, bool failure = true)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var unitId = await db.Units.Where(u => u.ShortCode == "SKOF-SOLB").Select(u => u.Id).SingleAsync();
        var lesson = await sender.Send(new CreateLesson.Command(
            unitId, null, title, "Förskolan ville korta väntetiden för vårdnadshavare.", "Ett nytt bokningssystem för samtal.",
            "Få bokade, och de som bokade kom inte.", "Fråga vårdnadshavarna innan vi väljer verktyg.", ["vårdnadshavare", "digitalisering"], visibility, failure));
        return share ? await sender.Send(new ShareLesson.Command(lesson.Id, null)) : lesson;
    }

    /// <summary>A button's name with the lesson's title, read only by screen readers after the visible text.</summary>
    private static Regex ForLesson(string action, string title) => new($@"^{Regex.Escape(action)}\s*:\s*{Regex.Escape(title)}$");

    [Fact]
    public async Task Manager_MakesALessonOfWhatDidNotWork_RevisesAndSharesIt_AndAnyoneFindsIt()
    {
        var title = $"Börja smått med nya system {Guid.NewGuid().ToString()[..8]}";
        var page = await fixture.SignedInPageAsync(Manager);
        await page.GotoAsync("/cycles");
        await page.Locator("table.cycles tbody tr").Filter(new() { HasText = "Stängd" }).First.GetByRole(AriaRole.Link).ClickAsync();
        await page.Locator("section[aria-labelledby=my-dialogues-heading]").GetByRole(AriaRole.Link, new() { Name = "Verksamhetsdialogen för Solbackens förskola" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gör en lärdom av det som inte fungerade" })).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Gör en lärdom" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Lärdomen är skapad som utkast");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Det som inte fungerade");
        await Assertions.Expect(page.Locator("article.lesson-text")).ToContainTextAsync("samla all dokumentation i ett nytt system");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Misslyckande värt att dela");
        await Assertions.Expect(page.Locator("dl.facts").GetByRole(AriaRole.Link, new() { Name = "Dialogen som lärdomen kommer från" })).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();
        var lessonUrl = new Uri(page.Url).AbsolutePath;

        // An empty title is refused: the summary leads to the field, and nothing else typed is lost.
        await page.GetByRole(AriaRole.Link, new() { Name = "Ändra lärdomen" }).ClickAsync();
        await page.GetByLabel("Titel").FillAsync("");
        await page.GetByLabel("Vad vi lärde oss").FillAsync("Börja med en avdelning och pröva först.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("Titel");
        await Assertions.Expect(page.GetByLabel("Titel")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Vad vi lärde oss")).ToHaveValueAsync("Börja med en avdelning och pröva först.");
        await page.AssertNoSeriousViolationsAsync();
        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Titel")).ToBeFocusedAsync();

        await page.GetByLabel("Titel").FillAsync(title);
        await page.GetByLabel("Taggar").FillAsync("Dokumentation, digitalisering");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("sparade");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);

        // Shared with everyone, also those not signed in.
        var share = page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Dela lärdomen" }) });
        await share.GetByLabel("Alla, också utan inloggning").CheckAsync();
        await share.GetByRole(AriaRole.Button, new() { Name = "Dela lärdomen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Lärdomen är delad");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Delad");
        await page.AssertNoSeriousViolationsAsync();

        // Anyone finds it in the library with the Swedish search ("dokumentationen" finds "dokumentation"), and reads it.
        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync("/");
        await visitor.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Lärdomar" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Lärdomar", Level = 1 })).ToBeVisibleAsync();
        await visitor.GetByLabel("Sök", new() { Exact = true }).FillAsync("dokumentationen");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
        var found = visitor.Locator("ol.lesson-list > li").Filter(new() { HasText = title });
        await Assertions.Expect(found).ToContainTextAsync("Solbackens förskola");
        await visitor.AssertNoSeriousViolationsAsync();
        await found.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        Assert.Equal(lessonUrl, new Uri(visitor.Url).AbsolutePath);
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Börja med en avdelning och pröva först.");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Button, new() { Name = "Dela lärdomen" })).ToHaveCountAsync(0);
        await Assertions.Expect(visitor.Locator("a[href^='/dialogues/']")).ToHaveCountAsync(0);
        await visitor.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task FailureOfTheYear_NominatedShortlistedAndDecided_AndTheWinnerIsPublic()
    {
        var year = fixture.App.Clock.Today().Year;
        var lesson = await LessonAsync(fixture, $"Bokningssystemet ingen bad om {Guid.NewGuid().ToString()[..8]}", LessonVisibility.Public, share: true);

        // The politician nominates it from its page; a missing motivation is shown at the field first.
        var politician = await fixture.SignedInPageAsync(Politician);
        await politician.GotoAsync($"/lessons/{lesson.Id}");
        await politician.GetByRole(AriaRole.Link, new() { Name = $"Nominera till Årets misslyckande {year}" }).ClickAsync();
        await Assertions.Expect(politician.GetByLabel("Lärdom", new() { Exact = true })).ToHaveValueAsync(lesson.Id.ToString());
        await politician.AssertNoSeriousViolationsAsync();
        await politician.GetByRole(AriaRole.Button, new() { Name = "Nominera", Exact = true }).ClickAsync();
        await Assertions.Expect(politician.GetByRole(AriaRole.Alert)).ToContainTextAsync("Motivering");
        await Assertions.Expect(politician.GetByLabel("Motivering")).ToHaveAttributeAsync("aria-invalid", "true");
        await politician.AssertNoSeriousViolationsAsync();
        await politician.GetByLabel("Motivering").FillAsync("Modigt att berätta, och alla som väljer nya system kan lära av det.");
        await politician.GetByRole(AriaRole.Button, new() { Name = "Nominera", Exact = true }).ClickAsync();
        await Assertions.Expect(politician.GetByRole(AriaRole.Status)).ToContainTextAsync("Nomineringen är registrerad");
        var nominations = politician.Locator("section[aria-labelledby=nominations-heading]");
        await Assertions.Expect(nominations).ToContainTextAsync(lesson.Title);
        await Assertions.Expect(politician.GetByRole(AriaRole.Button, new() { Name = "Sätt på kortlistan", Exact = false })).ToHaveCountAsync(0);
        await politician.AssertNoSeriousViolationsAsync();

        // The city director shortlists it and decides the winner from the shortlist.
        var director = await fixture.SignedInPageAsync(CityDirector);
        await director.GotoAsync("/lessons");
        await director.GetByRole(AriaRole.Link, new() { Name = "Årets misslyckande" }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Årets misslyckande {year}");
        await director.AssertNoSeriousViolationsAsync();
        await director.GetByRole(AriaRole.Button, new() { NameRegex = ForLesson("Sätt på kortlistan", lesson.Title) }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("på kortlistan");
        await Assertions.Expect(director.Locator("section[aria-labelledby=shortlist-heading]")).ToContainTextAsync(lesson.Title);
        await director.AssertNoSeriousViolationsAsync();
        await director.GetByRole(AriaRole.Button, new() { NameRegex = ForLesson("Utse till vinnare", lesson.Title) }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("Vinnaren är utsedd");
        await Assertions.Expect(director.Locator("section.award-winner")).ToContainTextAsync(lesson.Title);
        await Assertions.Expect(director.GetByRole(AriaRole.Button, new() { Name = "Utse till vinnare", Exact = false })).ToHaveCountAsync(0);

        // The public sees the winner, and nothing else of the award.
        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync($"/awards/failure-of-the-year/{year}");
        var winner = visitor.Locator("section.award-winner");
        await Assertions.Expect(winner.GetByRole(AriaRole.Link, new() { Name = lesson.Title })).ToBeVisibleAsync();
        await Assertions.Expect(winner).ToContainTextAsync("Solbackens förskola");
        await Assertions.Expect(visitor.Locator("#nominations-heading")).ToHaveCountAsync(0);
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Logga in för att se nomineringarna");
        await visitor.AssertNoSeriousViolationsAsync();
        await winner.GetByRole(AriaRole.Link, new() { Name = lesson.Title }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(lesson.Title);
    }
}
