using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GovernanceDialogue.BrowserTests;

/// <summary>
/// Finger 5 end to end in the demo city's open cycle: the unit manager of Solbackens förskola prepares and submits
/// the dialogue; the administration chief follows the cycle, records the meeting at Kulturskolan, closes the dialogue
/// and finds leadership's agreement among their commitments; notifications are read from the header. Each journey
/// works on its own dialogue (the accessibility tests use others), so journeys never share rows.
/// </summary>
public sealed partial class DialogueJourneyTests(BrowserFixture fixture)
{
    private const string Manager = "enhetschef@solvik.example";
    private const string AdministrationChief = "forvaltningschef@solvik.example";

    [Fact]
    public async Task Manager_PreparesTheDialogue_AnUnassessedGoalStopsTheSubmit_ThenSubmits()
    {
        var page = await fixture.SignedInPageAsync(Manager);
        await OpenCurrentCycleAsync(page);
        var mine = page.Locator("section[aria-labelledby=my-dialogues-heading]");
        await Assertions.Expect(mine.Locator("li")).ToContainTextAsync("Förbereds");
        await mine.GetByRole(AriaRole.Link, new() { Name = "Verksamhetsdialogen för Solbackens förskola" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Solbackens förskola");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Förbereds");
        await page.AssertNoSeriousViolationsAsync();

        // The draft saved earlier is there: three answers and the first goal's assessment.
        var form = page.Locator("form.preparation");
        await Assertions.Expect(form.GetByLabel("Hur hänger ert uppdrag ihop med stadens målbild?")).ToHaveValueAsync(new Regex("ett tryggt och jämlikt Solvik"));
        await Assertions.Expect(Goal(page, 1).GetByLabel("I fas", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(form.GetByLabel("Vad har inte fungerat, och vad har ni lärt er av det?")).ToBeEmptyAsync();

        const string Lesson = "Vi köpte in läsplattor innan personalen hade fått utbildning. Nästa gång börjar vi med en avdelning.";
        const string ThirdGoalNarrative = "Två förskollärare har anställts, men en slutar till sommaren.";
        await form.GetByLabel("Vad har inte fungerat, och vad har ni lärt er av det?").FillAsync(Lesson);
        await Goal(page, 2).GetByLabel("Osäkert").CheckAsync();
        await form.GetByLabel("Berätta om målet ”Vårdnadshavarna förstår och är delaktiga i barnens lärande”").FillAsync("Fler kommer på samtal, men inte på föräldramötena.");
        await form.GetByLabel("Berätta om målet ”Fler legitimerade förskollärare till Solbacken”").FillAsync(ThirdGoalNarrative);
        await form.GetByRole(AriaRole.Button, new() { Name = "Lämna in" }).ClickAsync();

        // The third goal has no assessment: the submit stops there, with the error next to that goal.
        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("Något behöver rättas");
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveCountAsync(1);
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToContainTextAsync("Bedöm målet ”Fler legitimerade förskollärare till Solbacken”");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("sparat som utkast, men förberedelsen är inte inlämnad");
        var third = Goal(page, 3);
        await Assertions.Expect(third.Locator(".field-error")).ToContainTextAsync("Bedöm målet");
        await Assertions.Expect(third.GetByLabel("I fas", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(Goal(page, 2).Locator(".field-error")).ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Förbereds");

        // What was typed is still in the form.
        await Assertions.Expect(form.GetByLabel("Vad har inte fungerat, och vad har ni lärt er av det?")).ToHaveValueAsync(Lesson);
        await Assertions.Expect(Goal(page, 2).GetByLabel("Osäkert")).ToBeCheckedAsync();
        await Assertions.Expect(form.GetByLabel("Berätta om målet ”Fler legitimerade förskollärare till Solbacken”")).ToHaveValueAsync(ThirdGoalNarrative);
        await page.AssertNoSeriousViolationsAsync();

        // The summary leads to the goal; the goal's first choice is a keystroke away.
        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(third).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(third.GetByLabel("I fas", new() { Exact = true })).ToBeFocusedAsync();

        // The draft was saved on the way: it is there when the page is opened again.
        await page.GotoAsync(page.Url.Split('?')[0].Split('#')[0]);
        await Assertions.Expect(form.GetByLabel("Vad har inte fungerat, och vad har ni lärt er av det?")).ToHaveValueAsync(Lesson);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);

        await Goal(page, 3).GetByLabel("Inte i fas").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Lämna in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Förberedelsen är inlämnad till ledningen");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Inlämnad");
        await Assertions.Expect(page.Locator("form.preparation")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Lämna in" })).ToHaveCountAsync(0);
        var notes = page.Locator("section[aria-labelledby=notes-heading]");
        await Assertions.Expect(notes).ToContainTextAsync(Lesson);
        var assessed = notes.Locator("ol.goals > li");
        await Assertions.Expect(assessed).ToHaveCountAsync(3);
        await Assertions.Expect(assessed.Nth(1)).ToContainTextAsync("Osäkert");
        await Assertions.Expect(assessed.Nth(2)).ToContainTextAsync("Inte i fas");
        await Assertions.Expect(page.Locator("ul.history")).ToContainTextAsync("Inlämnad");
        await page.AssertNoSeriousViolationsAsync();

        // The unit's page lists it as submitted too.
        await page.Locator("dl.facts").GetByRole(AriaRole.Link, new() { Name = "Solbackens förskola" }).ClickAsync();
        var unitDialogues = page.Locator("section[aria-labelledby=dialogues-heading] li");
        await Assertions.Expect(unitDialogues.Filter(new() { HasText = "Inlämnad" })).ToHaveCountAsync(1);
        await Assertions.Expect(unitDialogues.Filter(new() { HasText = "Förbereds" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AdministrationChief_FollowsTheCycle_RecordsTheMeeting_ClosesTheDialogue_AndOwesTheAgreement()
    {
        var page = await fixture.SignedInPageAsync(AdministrationChief);
        await OpenCurrentCycleAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Läget i Skol- och fritidsförvaltningen" })).ToBeVisibleAsync();

        // The chart's text alternative, its bars and the table under it say the same.
        var chart = page.GetByRole(AriaRole.Img, new() { Name = "Dialogernas läge i Skol- och fritidsförvaltningen" });
        await Assertions.Expect(chart).ToBeVisibleAsync();
        var alternative = ChartText().Match(await chart.EvaluateAsync<string>("e => e.querySelector('title').textContent"));
        Assert.True(alternative.Success, "The chart's title gives the figures");
        var said = Enumerable.Range(1, 6).Select(i => int.Parse(alternative.Groups[i].Value, CultureInfo.InvariantCulture)).ToArray();
        var table = page.Locator("table.progress-table");
        var steps = new[] { "Förbereds", "varav försenade", "Inlämnade", "Genomförda", "Avslutade" };
        var rows = new int[steps.Length];
        for (var i = 0; i < steps.Length; i++)
        {
            var row = table.Locator("tbody tr").Nth(i);
            await Assertions.Expect(row.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(steps[i]);
            rows[i] = int.Parse(await row.Locator("td").First.InnerTextAsync(), CultureInfo.InvariantCulture);
        }

        var total = int.Parse(await table.Locator("tfoot td").First.InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.Equal(said, (int[])[total, .. rows]);
        Assert.Equal(total, rows[0] + rows[2] + rows[3] + rows[4]);
        var bars = await chart.Locator("text.chart-value").AllTextContentsAsync();
        Assert.Equal(rows.Select(r => r.ToString(CultureInfo.InvariantCulture)), bars);
        var widths = await chart.Locator("rect.chart-bar").EvaluateAllAsync<double[]>("bars => bars.map(b => b.width.baseVal.value)");
        Assert.Equal(Enumerable.Range(0, rows.Length).OrderBy(i => rows[i]).Select(i => widths[i]), widths.Order());
        await Assertions.Expect(table.Locator("tbody tr").Nth(2).Locator("td").Nth(1)).ToHaveTextAsync($"{Math.Round(100.0 * rows[2] / total)} %");

        // Kulturskolan, Strandskolan and Elevhälsan were submitted; three schools never started, so they are overdue.
        Assert.True(rows[2] >= 2, $"submitted: {rows[2]}");
        Assert.True(rows[1] >= 3, $"overdue: {rows[1]}");
        var overdue = page.Locator("section[aria-labelledby=overdue-heading]");
        await Assertions.Expect(overdue.GetByRole(AriaRole.Heading)).ToHaveTextAsync($"Försenade förberedelser ({rows[1]})");
        await Assertions.Expect(overdue.Locator("li")).ToHaveCountAsync(rows[1]);
        await Assertions.Expect(overdue.Locator("li", new() { HasText = "Havsviksskolan F–6" })).ToContainTextAsync("Försenad sedan");
        await Assertions.Expect(overdue.Locator("li", new() { HasText = "Kulturskolan" })).ToHaveCountAsync(0);
        await page.AssertNoSeriousViolationsAsync();

        // To Kulturskolan's submitted dialogue, through the cycle's list of dialogues.
        var dialogues = page.Locator("table.dialogues");
        await Assertions.Expect(dialogues.GetByRole(AriaRole.Row, new() { Name = "Kulturskolan Solvik" })).ToContainTextAsync("Inlämnad");
        await dialogues.GetByRole(AriaRole.Link, new() { Name = "Kulturskolan Solvik" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Kulturskolan Solvik");
        await Assertions.Expect(page.Locator("section[aria-labelledby=notes-heading]")).ToContainTextAsync("Vad har gått bra?");
        var meeting = page.Locator("form.meeting-form");
        // Today, as the city counts days, is filled in.
        await Assertions.Expect(meeting.GetByLabel("Mötesdatum")).ToHaveValueAsync(new Regex(@"^\d{4}-\d{2}-\d{2}$"));
        var heldOn = DateOnly.ParseExact(await meeting.GetByLabel("Mötesdatum").InputValueAsync(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.InRange(heldOn.DayNumber - DateOnly.FromDateTime(DateTime.UtcNow).DayNumber, -1, 1);
        await page.AssertNoSeriousViolationsAsync();

        const string Response = "Ledningen ser att deltagandet ökar och tar med sig frågan om lokaler i Norrstrand.";
        const string LeadershipAgreement = "Förvaltningen hittar en lokal i Norrstrand för kulturskolans kvällskurser.";
        const string UnitAgreement = "Kulturskolan bjuder in klasserna i Solbacken till prova-på-veckor.";
        await meeting.GetByLabel("Deltagare").FillAsync("Fredrik Förvaltningschef\nKim Kulturskolechef\n");
        await meeting.GetByLabel("Ledningens svar").FillAsync(Response);
        await FillAgreementAsync(meeting, 1, LeadershipAgreement, "Ledningen", "Förvaltningschefen", heldOn.AddDays(60));
        await FillAgreementAsync(meeting, 2, UnitAgreement, side: null, "Rektor för kulturskolan", heldOn.AddDays(30));
        await meeting.GetByRole(AriaRole.Button, new() { Name = "Registrera mötet" }).ClickAsync();

        // The second agreement does not say who it binds: refused, the error on that row, everything typed still there.
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Något behöver rättas");
        var second = meeting.GetByRole(AriaRole.Group, new() { Name = "Överenskommelse 2" });
        await Assertions.Expect(second.GetByRole(AriaRole.Group, new() { Name = "Vem åtar sig det?" }).Locator(".field-error")).Not.ToBeEmptyAsync();
        await Assertions.Expect(second.GetByLabel("Enheten")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(meeting.GetByRole(AriaRole.Group, new() { Name = "Överenskommelse 1" }).Locator("[aria-invalid=true]")).ToHaveCountAsync(0);
        await Assertions.Expect(meeting.GetByLabel("Ledningens svar")).ToHaveValueAsync(Response);
        await Assertions.Expect(second.GetByLabel("Vad ni kom överens om")).ToHaveValueAsync(UnitAgreement);
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Inlämnad");
        await page.AssertNoSeriousViolationsAsync();

        await second.GetByLabel("Enheten").CheckAsync();
        await meeting.GetByRole(AriaRole.Button, new() { Name = "Registrera mötet" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Mötet är registrerat");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Genomförd");
        var record = page.Locator("section[aria-labelledby=meeting-heading]");
        await Assertions.Expect(record).ToContainTextAsync("Fredrik Förvaltningschef, Kim Kulturskolechef");
        await Assertions.Expect(record).ToContainTextAsync(Response);
        var agreements = page.Locator("section[aria-labelledby=agreements-heading] table.agreements tbody tr");
        await Assertions.Expect(agreements).ToHaveCountAsync(2);
        await Assertions.Expect(agreements.Filter(new() { HasText = LeadershipAgreement })).ToContainTextAsync("Ledningen");
        await Assertions.Expect(agreements.Filter(new() { HasText = UnitAgreement })).ToContainTextAsync("Enheten");
        await Assertions.Expect(page.Locator("form.meeting-form")).ToHaveCountAsync(0);
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Avsluta dialogen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Dialogen är avslutad");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Avslutad");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Avsluta dialogen" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("ul.history")).ToContainTextAsync("Avslutad");
        await Assertions.Expect(agreements).ToHaveCountAsync(2);

        // Leadership's agreement is now one of the chief's own commitments; the unit's is not.
        await page.GetByRole(AriaRole.Link, new() { Name = "Mina åtaganden" }).ClickAsync();
        var asLeadership = page.Locator("section[aria-labelledby=leadership-heading]");
        var owed = asLeadership.GetByRole(AriaRole.Row).Filter(new() { HasText = LeadershipAgreement });
        await Assertions.Expect(owed).ToContainTextAsync("Kulturskolan Solvik");
        await Assertions.Expect(owed).ToContainTextAsync("Förvaltningschefen");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(UnitAgreement);
        await Assertions.Expect(page.Locator("section[aria-labelledby=unit-heading]")).ToContainTextAsync("Inga öppna åtaganden som enhet");
        await page.AssertNoSeriousViolationsAsync();

        await owed.GetByRole(AriaRole.Link, new() { Name = LeadershipAgreement }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(LeadershipAgreement);
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Ledningen");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Öppen");
    }

    [Fact]
    public async Task Notifications_TheHeaderCountsTheUnread_OpeningTheListReadsNothing_MarkingDoes()
    {
        // The chief's overdue digest, from the night the deadline passed.
        var page = await fixture.SignedInPageAsync(AdministrationChief);
        var link = page.Locator(".user-menu").GetByRole(AriaRole.Link, new() { Name = "Notiser" });
        var badge = page.Locator(".user-menu .badge");
        var before = Unread().Match(await badge.InnerTextAsync());
        Assert.True(before.Success, "the header shows how many are unread");
        var unread = int.Parse(before.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(unread >= 1, $"the demo chief has unread notifications, found {unread}");
        // The count is read once, as part of the name; the badge is for the eye only.
        await Assertions.Expect(link).ToHaveAccessibleNameAsync($"Notiser ({unread} olästa)");

        await link.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Notiser", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main .lead")).ToHaveTextAsync($"Du har {unread} olästa notiser.");
        var items = page.Locator("ul.notification-list > li");
        var digest = items.Filter(new() { HasText = "försenade" }).First;
        await Assertions.Expect(digest).ToContainTextAsync("Oläst");
        await page.AssertNoSeriousViolationsAsync();

        // Opening the list reads nothing by itself.
        await page.ReloadAsync();
        await Assertions.Expect(badge).ToHaveTextAsync($"{unread} olästa");

        // Marking it read lowers the count by one, in the header too, and dates it.
        var title = await digest.Locator(".notification-title a").InnerTextAsync();
        var markRead = digest.GetByRole(AriaRole.Button);
        await Assertions.Expect(markRead).ToHaveAccessibleNameAsync(new Regex($@"^Markera som läst\s*:\s*{Regex.Escape(title)}$"));
        await markRead.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Notisen är markerad som läst");
        await Assertions.Expect(page.Locator("main .lead")).ToHaveTextAsync($"Du har {unread - 1} olästa notiser.");
        var read = items.Filter(new() { HasText = title });
        await Assertions.Expect(read.Locator(".meta")).ToContainTextAsync("läst");
        await Assertions.Expect(read.Locator(".tag-unread")).ToHaveCountAsync(0);
        await Assertions.Expect(read.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        if (unread == 1)
        {
            await Assertions.Expect(badge).ToHaveCountAsync(0);
            await Assertions.Expect(link).ToHaveAccessibleNameAsync("Notiser");
        }
        else
        {
            await Assertions.Expect(badge).ToHaveTextAsync($"{unread - 1} olästa");
            await Assertions.Expect(link).ToHaveAccessibleNameAsync($"Notiser ({unread - 1} olästa)");
        }

        await page.AssertNoSeriousViolationsAsync();

        // It still leads to what it is about: the cycle with the overdue units.
        await read.Locator(".notification-title a").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Läget i Skol- och fritidsförvaltningen" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=overdue-heading] li").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Notifications_MarkAllRead_EmptiesTheUnreadList_AndTheHeaderCount()
    {
        // The unit manager's invitation to prepare, from the day the cycle opened.
        var page = await fixture.SignedInPageAsync(Manager);
        var badge = page.Locator(".user-menu .badge");
        var unread = int.Parse(Unread().Match(await badge.InnerTextAsync()).Groups[1].Value, CultureInfo.InvariantCulture);
        await page.Locator(".user-menu").GetByRole(AriaRole.Link, new() { Name = "Notiser" }).ClickAsync();
        await page.GetByLabel("Bara olästa").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
        var items = page.Locator("ul.notification-list > li");
        await Assertions.Expect(items).ToHaveCountAsync(Math.Min(unread, 25));
        var invitation = items.Filter(new() { HasText = "Solbackens förskola" }).First;
        await Assertions.Expect(invitation).ToContainTextAsync("Oläst");
        var title = await invitation.Locator(".notification-title a").InnerTextAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Markera alla som lästa" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Alla notiser är markerade som lästa");
        await Assertions.Expect(page.GetByLabel("Bara olästa")).ToBeCheckedAsync();
        await Assertions.Expect(items).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Inga notiser.");
        await Assertions.Expect(page.Locator("main .lead")).ToHaveTextAsync("Du har 0 olästa notiser.");
        await Assertions.Expect(badge).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Markera alla som lästa" })).ToHaveCountAsync(0);
        await page.AssertNoSeriousViolationsAsync();

        // All of them are still there, read; the invitation leads to the unit's dialogue.
        await page.GetByLabel("Bara olästa").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
        await Assertions.Expect(items.Filter(new() { HasText = "Oläst" })).ToHaveCountAsync(0);
        await items.Filter(new() { HasText = title }).Locator(".notification-title a").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Solbackens förskola");
        Assert.Contains("/dialogues/", page.Url, StringComparison.Ordinal);
    }

    /// <summary>From the main navigation to the open cycle of the demo city.</summary>
    private static async Task OpenCurrentCycleAsync(IPage page)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Dialoger" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dialogomgångar", Level = 1 })).ToBeVisibleAsync();
        var open = page.Locator("table.cycles tbody tr").Filter(new() { HasText = "Öppen" });
        await Assertions.Expect(open).ToHaveCountAsync(1);
        await open.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Öppen");
    }

    /// <summary>The fieldset of goal <paramref name="rank"/> in the preparation form.</summary>
    private static ILocator Goal(IPage page, int rank) =>
        page.Locator("form.preparation fieldset").Filter(new() { Has = page.Locator($"legend:text-matches('^Mål {rank}:')") });

    private static async Task FillAgreementAsync(ILocator form, int row, string description, string? side, string responsible, DateOnly dueOn)
    {
        var fields = form.GetByRole(AriaRole.Group, new() { Name = $"Överenskommelse {row}" });
        await fields.GetByLabel("Vad ni kom överens om").FillAsync(description);
        if (side is not null)
        {
            await fields.GetByLabel(side, new() { Exact = true }).CheckAsync();
        }

        await fields.GetByLabel("Ansvarig").FillAsync(responsible);
        await fields.GetByLabel("Klar senast").FillAsync(dueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@": (\d+) dialoger\. (\d+) förbereds, varav (\d+) försenade\. (\d+) inlämnade\. (\d+) genomförda\. (\d+) avslutade\.")]
    private static partial Regex ChartText();

    [GeneratedRegex(@"(\d+) olästa")]
    private static partial Regex Unread();
}
