using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GovernanceDialogue.BrowserTests.Collaborations;

/// <summary>
/// Collaboration across silos in the demo city: the manager of Solbackens förskola starts a collaboration with
/// Kulturskolan and a civil-society partner, reads its ladder, moves it a step with a reflection on trust (a missing
/// judgement stops the form first), records an agreement, opens the edit form with its lead unit, and finds the
/// collaboration in her dialogue preparation.
/// Every page passes axe.
/// </summary>
public sealed partial class CollaborationJourneyTests(BrowserFixture fixture)
{
    private const string Manager = "enhetschef@solvik.example";

    [Fact]
    public async Task Manager_StartsACollaboration_MovesItOnTheLadder_AndRecordsAnAgreement()
    {
        var page = await fixture.SignedInPageAsync(Manager);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Samverkan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Samverkan");
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Starta samverkan" }).ClickAsync();
        await page.AssertNoSeriousViolationsAsync();
        var form = page.Locator("main form");
        await form.GetByLabel("Sammankallande enhet").SelectOptionAsync(await OptionValueAsync(page, "#LeadUnitId", "Solbackens förskola"));
        await form.GetByLabel("Namn", new() { Exact = true }).FillAsync("Kultur i förskolan");
        await form.GetByLabel("Gemensamt syfte").FillAsync("Alla barn i Solbacken möter musik och teater varje vecka.");
        await form.GetByLabel("Deltagande enheter").SelectOptionAsync(await OptionValueAsync(page, "#Input_UnitIds", "Kulturskolan"));
        await form.GetByLabel("Part 1: namn").FillAsync("Solviks teaterförening");
        await form.GetByLabel("Part 1: sektor").SelectOptionAsync("CivilSociety");
        await form.GetByRole(AriaRole.Button, new() { Name = "Starta samverkan" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Samverkan är startad");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kultur i förskolan");
        var ladder = page.GetByRole(AriaRole.Figure);
        await Assertions.Expect(ladder).ToHaveAccessibleNameAsync("Glasbergens stege: samverkan står på steg 1 av 5, Bygga tillit.");
        await Assertions.Expect(ladder.Locator("li[aria-current=step]")).ToContainTextAsync("Bygga tillit");
        await Assertions.Expect(page.Locator("section[aria-labelledby=who-heading]")).ToContainTextAsync("Kulturskolan");
        await page.AssertNoSeriousViolationsAsync();

        // A step needs every aspect of trust judged: one left out stops the form, with the error at that aspect.
        var stage = page.Locator("section[aria-labelledby=stage-heading] form");
        await stage.GetByLabel("Steg", new() { Exact = true }).SelectOptionAsync("MutualBenefit");
        await stage.GetByLabel("Reflektion").FillAsync("Teaterföreningen får en ny publik, barnen får teater varje vecka.");
        foreach (var aspect in new[] { "Ärlighet", "Pålitlighet", "Välvilja", "Kompetens" })
        {
            await stage.GetByRole(AriaRole.Group, new() { Name = aspect, Exact = true }).GetByLabel("Växande").CheckAsync();
        }

        await stage.GetByRole(AriaRole.Button, new() { Name = "Spara steget" }).ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("Något behöver rättas");
        await page.AssertNoSeriousViolationsAsync();
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        var openness = page.Locator("section[aria-labelledby=stage-heading] form").GetByRole(AriaRole.Group, new() { Name = "Öppenhet", Exact = true });
        await Assertions.Expect(openness.GetByLabel("Svag")).ToBeFocusedAsync();

        stage = page.Locator("section[aria-labelledby=stage-heading] form");
        await Assertions.Expect(stage.GetByLabel("Reflektion")).ToHaveValueAsync(new Regex("ny publik"));
        await openness.GetByLabel("Stark").CheckAsync();
        await stage.GetByLabel("Kommentar om Öppenhet (frivillig)").FillAsync("Vi delar scheman öppet.");
        await stage.GetByRole(AriaRole.Button, new() { Name = "Spara steget" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Steget är sparat");
        await Assertions.Expect(page.GetByRole(AriaRole.Figure)).ToHaveAccessibleNameAsync("Glasbergens stege: samverkan står på steg 2 av 5, Ömsesidig nytta.");
        var history = page.Locator(".stage-history > li").First;
        await Assertions.Expect(history).ToContainTextAsync("Från steg 1 (Bygga tillit) till steg 2 (Ömsesidig nytta)");
        await Assertions.Expect(history).ToContainTextAsync("Vi delar scheman öppet.");

        var agreement = page.Locator("section[aria-labelledby=new-agreement-heading] form");
        await agreement.GetByLabel("Enhet som binds").SelectOptionAsync(await OptionValueAsync(page, "#AgreementForm_UnitId", "Kulturskolan"));
        await agreement.GetByLabel("Vad ni kom överens om").FillAsync("Kulturskolan spelar för barnen varannan fredag.");
        await agreement.GetByLabel("Ansvarig").FillAsync("Kulturskolans rektor");
        await agreement.GetByLabel("Klar senast").FillAsync(DateTime.Today.AddDays(60).ToString("yyyy-MM-dd"));
        await agreement.GetByRole(AriaRole.Button, new() { Name = "Lägg till överenskommelsen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Överenskommelsen är registrerad");
        await Assertions.Expect(page.Locator("section[aria-labelledby=agreements-heading]")).ToContainTextAsync("Kulturskolan spelar för barnen varannan fredag.");
        await page.AssertNoSeriousViolationsAsync();

        // The edit form offers the lead unit she may hand the collaboration to; it passes axe too.
        await page.GetByRole(AriaRole.Link, new() { Name = "Ändra samverkan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ändra Kultur i förskolan");
        await Assertions.Expect(page.Locator("main form").GetByLabel("Sammankallande enhet")).ToHaveValueAsync(await OptionValueAsync(page, "#LeadUnitId", "Solbackens förskola"));
        await page.AssertNoSeriousViolationsAsync();
        await page.GoBackAsync();

        // Her dialogue preparation shows the collaboration and its step.
        await page.GotoAsync("/cycles");
        await page.Locator("table.cycles tbody tr").Filter(new() { HasText = "Öppen" }).GetByRole(AriaRole.Link).ClickAsync();
        await page.Locator("section[aria-labelledby=my-dialogues-heading]").GetByRole(AriaRole.Link, new() { Name = "Verksamhetsdialogen för Solbackens förskola" }).ClickAsync();
        var collaborations = page.Locator("section[aria-labelledby=collaborations-heading]");
        await Assertions.Expect(collaborations).ToContainTextAsync("Kultur i förskolan");
        await Assertions.Expect(collaborations).ToContainTextAsync("Steg 2 av 5: Ömsesidig nytta");
    }

    [Fact]
    public async Task CollaborationPages_InEnglish_PassAxe()
    {
        var page = await fixture.SignedInPageAsync(Manager);
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en-GB|uic=en-GB", Url = fixture.BaseAddress.ToString() }]);
        await page.GotoAsync("/collaborations/new");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Start a collaboration");
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the collaboration" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();
    }

    /// <summary>The value of the option whose text names this unit (options are indented by the unit's depth).</summary>
    private static async Task<string> OptionValueAsync(IPage page, string select, string unitName) =>
        (await page.Locator($"{select} option", new() { HasText = unitName }).First.GetAttributeAsync("value"))!;
}
