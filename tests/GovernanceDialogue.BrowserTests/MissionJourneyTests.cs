using Microsoft.Playwright;

namespace GovernanceDialogue.BrowserTests;

/// <summary>The first finger end to end: find a unit, edit its mission draft, publish it, read it in the history.</summary>
public sealed class MissionJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Manager_EditsAndPublishesTheMission_AndSeesVersion2InTheHistory()
    {
        var page = await fixture.SignedInPageAsync("enhetschef@solvik.example");

        await page.GotoAsync("/units");
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Solbackens förskola" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Solbackens förskola", Level = 1 })).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Redigera utkastet" }).ClickAsync();
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByLabel("Sammanfattning i klarspråk").FillAsync("Här leker och lär sig barn 1–5 år – tryggt, på svenska och på sitt eget språk.");
        await page.GetByLabel("Målgrupper").FillAsync("Barn 1–5 år\nVårdnadshavare\nFamiljer i Solbacken");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Utkastet är sparat");
        var draft = page.Locator("article.draft");
        await Assertions.Expect(draft).ToContainTextAsync("tryggt, på svenska");
        await page.AssertNoSeriousViolationsAsync();

        await draft.GetByRole(AriaRole.Button, new() { Name = "Publicera utkastet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("version 2");
        await Assertions.Expect(page.Locator("article.draft")).ToHaveCountAsync(0);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Senaste ändringar" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.audit tbody tr").First).ToContainTextAsync("PublishMission");
        await page.GetByRole(AriaRole.Link, new() { Name = "Versionshistorik" }).ClickAsync();
        var firstRow = page.Locator("tbody tr").First;
        await Assertions.Expect(firstRow.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync("Version 2");
        await Assertions.Expect(firstRow).ToContainTextAsync("tryggt, på svenska");
        await page.AssertNoSeriousViolationsAsync();

        await firstRow.GetByRole(AriaRole.Link, new() { Name = "Version 2" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Familjer i Solbacken");
        await page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task EmptyMission_ShowsAnErrorSummaryThatLeadsToTheField()
    {
        var page = await fixture.SignedInPageAsync("forvaltningschef@solvik.example");
        await page.GotoAsync("/units?q=Kulturskolan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kulturskolan", Exact = false }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Redigera utkastet" }).ClickAsync();

        await page.GetByLabel("Uppdraget").FillAsync("   ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("Något behöver rättas");
        await Assertions.Expect(page.GetByLabel("Uppdraget")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.AssertNoSeriousViolationsAsync();
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByLabel("Uppdraget")).ToBeFocusedAsync();
    }
}

