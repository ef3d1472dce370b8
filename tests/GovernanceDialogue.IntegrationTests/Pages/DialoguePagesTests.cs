using System.Net;
using AngleSharp.Dom;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.Goals;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Pages;

/// <summary>
/// The finger 5 pages as their users post them: the unit manager's preparation, the executive's meeting record,
/// agreements, reopening, notifications. Forms are read from the rendered page and posted with their real field names.
/// </summary>
public sealed class DialoguePagesTests : IntegrationTest
{
    private TestTree tree = default!;
    private Guid previousAgreement;
    private Guid cycle;
    private Guid preparing;
    private Guid submitted;
    private Guid held;
    private Guid heldAgreement;
    private HttpClient manager = default!;
    private HttpClient executive = default!;

    /// <summary>
    /// Ekskolan has two goals and an open agreement from an earlier, closed cycle. In the open cycle its dialogue is
    /// being prepared, Björkskolan's is submitted, and the fritids' is held with one agreement.
    /// </summary>
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        tree = await TestTree.CreateAsync(c => SendAsync(c));
        var bjork = await SendAsync(new CreateUnit.Command(Core.Domain.Organisation.UnitKind.Unit, "Björkskolan", "BJS", tree.Administration.Id, null, new DateOnly(2020, 1, 1)));
        await SendAsync(new AddGoal.Command(tree.Unit.Id, Today.Year, "Fler barn läser varje dag", "Läsningen har sjunkit.", null, [], [], "Rektor", "Lästester", null));
        await SendAsync(new AddGoal.Command(tree.Unit.Id, Today.Year, "Tryggare raster", "Eleverna säger det.", null, [], [], "Rektor", "Enkäten", null));
        manager = await ClientAsync((Role.UnitManager, tree.Unit.Id));
        executive = await ClientAsync((Role.Executive, tree.Administration.Id));

        // An earlier cycle, held and closed, leaves Ekskolan an open agreement to follow up.
        var earlier = await SendAsync(new CreateCycle.Command(tree.Administration.Id, "Höst", null, Today.AddDays(-10), Today.AddDays(-5), Today.AddDays(-5), Today, Today.AddDays(1)));
        await SendAsync(new OpenCycle.Command(earlier.Id, null));
        var first = await DialogueOfAsync(earlier.Id, tree.Unit.Id);
        await AssessAllAndSubmitAsync(first);
        await SendAsync(new RecordDialogueHeld.Command(first, null, Today, ["Rektor"], "Bra.", [new AgreementInput("Starta läsgrupper", AgreementSide.Unit, "Rektor", Today.AddDays(30))]));
        previousAgreement = await DbAsync(db => db.Agreements.Where(a => a.DialogueId == first).Select(a => a.Id).SingleAsync());
        await SendAsync(new CloseCycle.Command(earlier.Id, null));

        var open = await SendAsync(new CreateCycle.Command(tree.Administration.Id, "Vår", null, Today.AddDays(-3), Today.AddDays(7), Today.AddDays(8), Today.AddDays(20), Today.AddDays(30)));
        cycle = (await SendAsync(new OpenCycle.Command(open.Id, null))).Id;
        preparing = await DialogueOfAsync(cycle, tree.Unit.Id);
        submitted = await DialogueOfAsync(cycle, bjork.Id);
        held = await DialogueOfAsync(cycle, tree.SubUnit.Id);
        await SendAsync(new SubmitDialogue.Command(submitted, null));
        await SendAsync(new SubmitDialogue.Command(held, null));
        await SendAsync(new RecordDialogueHeld.Command(held, null, Today, ["Fritidsledaren"], "Fint.", [new AgreementInput("Ledningen ordnar lokal", AgreementSide.Leadership, "Förvaltningschefen", Today.AddDays(40))]));
        heldAgreement = await DbAsync(db => db.Agreements.Where(a => a.DialogueId == held).Select(a => a.Id).SingleAsync());
    }

    private Task<Guid> DialogueOfAsync(Guid cycleId, Guid unitId) =>
        DbAsync(db => db.Dialogues.Where(d => d.CycleId == cycleId && d.UnitId == unitId).Select(d => d.Id).SingleAsync());

    private async Task AssessAllAndSubmitAsync(Guid dialogueId)
    {
        var goals = await DbAsync(db => db.Dialogues.Where(d => d.Id == dialogueId).SelectMany(d => d.Goals.Select(g => g.GoalId)).ToListAsync());
        await SendAsync(new SaveDialogueNotes.Command(dialogueId, null, [], [.. goals.Select(g => new SaveDialogueNotes.GoalNote(g, Assessment.OnTrack, null))], []));
        await SendAsync(new SubmitDialogue.Command(dialogueId, null));
    }

    private Task<Core.Domain.Dialogues.Dialogue> StoredAsync(Guid id) => DbAsync(db => db.Dialogues.AsNoTracking().SingleAsync(d => d.Id == id));

    private static void AssertErrorOn(IDocument page, string fieldId, string? text = null)
    {
        var summary = page.QuerySelector(".error-summary") ?? throw new Xunit.Sdk.XunitException("No error summary on the page.");
        var link = summary.QuerySelector($"a[href='#{fieldId}']");
        Assert.True(link is not null, $"The error summary has no link to #{fieldId}: {summary.InnerHtml}");
        Assert.NotNull(page.GetElementById(fieldId));
        if (text is not null)
        {
            Assert.Contains(text, link!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Preparation_SaveDraft_StoresAnswersAssessmentsAndFollowUpNotes()
    {
        var page = await manager.GetPageAsync($"/dialogues/{preparing}");
        var form = BrowserForm.WithButton(page, "Spara utkast")
            .Fill("Vad har gått bra?", "Läsgrupperna kom i gång.")
            .Check("I fas", "Fler barn läser varje dag")
            .Check("Osäkert", "Tryggare raster")
            .Fill("Berätta om målet ”Tryggare raster”", "Rastvakterna räcker inte.")
            .Fill("Hur har det gått med: Starta läsgrupper", "Tre grupper är i gång.");

        var response = await form.SubmitAsync(manager, "Spara utkast");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await StoredAsync(preparing);
        Assert.Equal(DialogueStatus.Preparing, stored.Status);
        Assert.Equal("Läsgrupperna kom i gång.", stored.Answers.Single(a => a.Key == "went-well").Text);
        Assert.Equal([Assessment.OnTrack, Assessment.Uncertain], stored.Goals.OrderBy(g => g.Rank).Select(g => g.Assessment));
        Assert.Equal("Rastvakterna räcker inte.", stored.Goals.Single(g => g.Title == "Tryggare raster").Narrative);
        Assert.Equal("Tre grupper är i gång.", stored.FollowUps.Single(f => f.AgreementId == previousAgreement).Note);
        var after = await manager.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Utkastet är sparat", after.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Läsgrupperna kom i gång.", BrowserForm.WithButton(after, "Spara utkast").Field("Vad har gått bra?").TextContent.Trim());
    }

    [Fact]
    public async Task Preparation_SubmitWithAGoalUnassessed_ShowsTheErrorOnItsFieldset_KeepsWhatWasTyped_AndSubmitsNothing()
    {
        var page = await manager.GetPageAsync($"/dialogues/{preparing}");
        var form = BrowserForm.WithButton(page, "Lämna in")
            .Fill("Vad har gått bra?", "Mycket har gått bra.")
            .Check("I fas", "Fler barn läser varje dag");

        var response = await form.SubmitAsync(manager, "Lämna in");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await response.ParseAsync();
        AssertErrorOn(shown, "Input_Goals_1__Assessment", "Tryggare raster");
        Assert.Equal("FIELDSET", shown.GetElementById("Input_Goals_1__Assessment")!.TagName);
        Assert.Single(shown.QuerySelectorAll(".error-summary li"));
        Assert.Contains("inte inlämnad", shown.QuerySelector("p.notice[role=status]")!.TextContent, StringComparison.Ordinal);
        var again = BrowserForm.WithButton(shown, "Lämna in");
        Assert.Equal("Mycket har gått bra.", again.Field("Vad har gått bra?").TextContent.Trim());
        Assert.True(shown.GetElementById("Input_Goals_0__Assessment_OnTrack")!.HasAttribute("checked"));
        Assert.Equal("true", shown.GetElementById("Input_Goals_1__Assessment_OnTrack")!.GetAttribute("aria-invalid"));

        var stored = await StoredAsync(preparing);
        Assert.Equal(DialogueStatus.Preparing, stored.Status);
        Assert.Null(stored.SubmittedAt);
        Assert.Equal("Mycket har gått bra.", stored.Answers.Single(a => a.Key == "went-well").Text);
        Assert.Equal(Assessment.OnTrack, stored.Goals.Single(g => g.Rank == 1).Assessment);

        // Assessing the last goal on the page shown with the error then submits.
        var submittedNow = await again.Check("Inte i fas", "Tryggare raster").SubmitAsync(manager, "Lämna in");
        Assert.Equal(HttpStatusCode.Redirect, submittedNow.StatusCode);
        Assert.Equal(DialogueStatus.Submitted, (await StoredAsync(preparing)).Status);
        var readOnly = await manager.GetPageAsync($"/dialogues/{preparing}");
        Assert.Null(readOnly.QuerySelector("form.preparation"));
        Assert.Contains("Inte i fas", readOnly.GetElementById("notes-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preparation_IsNotShownToLeadershipBeforeItIsSubmitted()
    {
        await SendAsync(new SaveDialogueNotes.Command(preparing, null, [new SaveDialogueNotes.Answer("went-well", "Hemligt utkast")], [], []));

        var page = await executive.GetPageAsync($"/dialogues/{preparing}");

        Assert.Null(page.QuerySelector("form.preparation"));
        Assert.DoesNotContain("Hemligt utkast", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingRecord_WithAnAgreementDueBeforeTheMeeting_ShowsTheErrorOnThatRow_AndStoresNothing()
    {
        var page = await executive.GetPageAsync($"/dialogues/{submitted}");
        var form = BrowserForm.WithButton(page, "Registrera mötet")
            .Fill("Mötesdatum", Today.ToString("yyyy-MM-dd"))
            .Fill("Deltagare", "Rektor\nFörvaltningschef")
            .Fill("Ledningens svar", "Tack för en ärlig förberedelse.");
        // The second row: the first stays empty, so the row numbers of the form and of the command differ.
        form.Set("Meeting.Agreements[1].Description", "Ny skolgård");
        form.Check("Ledningen", "Överenskommelse 2");
        form.Set("Meeting.Agreements[1].Responsible", "Förvaltningschefen");
        form.Set("Meeting.Agreements[1].DueOn", Today.AddDays(-1).ToString("yyyy-MM-dd"));

        var response = await form.SubmitAsync(executive, "Registrera mötet");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await response.ParseAsync();
        AssertErrorOn(shown, "Meeting_Agreements_1__DueOn", "tidigast mötesdagen");
        Assert.Equal("true", shown.GetElementById("Meeting_Agreements_1__DueOn")!.GetAttribute("aria-invalid"));
        Assert.Equal("Ny skolgård", shown.GetElementById("Meeting_Agreements_1__Description")!.TextContent.Trim());
        var stored = await StoredAsync(submitted);
        Assert.Equal(DialogueStatus.Submitted, stored.Status);
        Assert.Null(stored.HeldOn);
        Assert.Equal(0, await DbAsync(db => db.Agreements.CountAsync(a => a.DialogueId == submitted)));
    }

    [Fact]
    public async Task MeetingRecord_WithAHalfFilledRow_PointsAtTheMissingFieldOfThatRow()
    {
        var page = await executive.GetPageAsync($"/dialogues/{submitted}");
        var form = BrowserForm.WithButton(page, "Registrera mötet")
            .Fill("Mötesdatum", Today.ToString("yyyy-MM-dd"))
            .Fill("Deltagare", "Rektor")
            .Fill("Ledningens svar", "Svar.");
        form.Set("Meeting.Agreements[2].Description", "Utan sida och ansvarig");

        var response = await form.SubmitAsync(executive, "Registrera mötet");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await response.ParseAsync();
        AssertErrorOn(shown, "Meeting_Agreements_2__Side");
        AssertErrorOn(shown, "Meeting_Agreements_2__Responsible");
        Assert.Equal(DialogueStatus.Submitted, (await StoredAsync(submitted)).Status);
    }

    [Fact]
    public async Task MeetingRecord_ThenAnotherAgreement_ThenClose_FollowsTheDialogueToTheEnd()
    {
        var page = await executive.GetPageAsync($"/dialogues/{submitted}");
        var form = BrowserForm.WithButton(page, "Registrera mötet")
            .Fill("Mötesdatum", Today.ToString("yyyy-MM-dd"))
            .Fill("Deltagare", "Rektor\n\nFörvaltningschef ")
            .Fill("Ledningens svar", "Vi ser att ni prioriterar rätt.");
        form.Set("Meeting.Agreements[0].Description", "Enheten startar läxhjälp");
        form.Check("Enheten", "Överenskommelse 1");
        form.Set("Meeting.Agreements[0].Responsible", "Rektor");
        form.Set("Meeting.Agreements[0].DueOn", Today.AddDays(60).ToString("yyyy-MM-dd"));

        var recorded = await form.SubmitAsync(executive, "Registrera mötet");

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var stored = await StoredAsync(submitted);
        Assert.Equal(DialogueStatus.Held, stored.Status);
        Assert.Equal(["Rektor", "Förvaltningschef"], stored.Participants);
        var agreement = await DbAsync(db => db.Agreements.SingleAsync(a => a.DialogueId == submitted));
        Assert.Equal((AgreementSide.Unit, "Enheten startar läxhjälp"), (agreement.Side, agreement.Description));

        page = await executive.GetPageAsync($"/dialogues/{submitted}");
        Assert.Contains("Enheten startar läxhjälp", page.QuerySelector("table.agreements")!.TextContent, StringComparison.Ordinal);
        var add = BrowserForm.WithButton(page, "Lägg till överenskommelsen")
            .Fill("Vad ni kom överens om", "Ledningen ser över skolskjutsen")
            .Check("Ledningen", "Vem åtar sig det?")
            .Fill("Ansvarig", "Förvaltningschefen")
            .Fill("Klar senast", Today.AddDays(90).ToString("yyyy-MM-dd"));
        Assert.Equal(HttpStatusCode.Redirect, (await add.SubmitAsync(executive, "Lägg till överenskommelsen")).StatusCode);
        Assert.Equal(2, await DbAsync(db => db.Agreements.CountAsync(a => a.DialogueId == submitted)));

        page = await executive.GetPageAsync($"/dialogues/{submitted}");
        var closed = await BrowserForm.WithButton(page, "Avsluta dialogen").SubmitAsync(executive, "Avsluta dialogen");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(DialogueStatus.Closed, (await StoredAsync(submitted)).Status);
    }

    [Fact]
    public async Task AddAgreement_DueBeforeTheMeeting_ShowsTheErrorAndAddsNothing()
    {
        var page = await executive.GetPageAsync($"/dialogues/{held}");
        var add = BrowserForm.WithButton(page, "Lägg till överenskommelsen")
            .Fill("Vad ni kom överens om", "För sent")
            .Check("Enheten", "Vem åtar sig det?")
            .Fill("Ansvarig", "Fritidsledaren")
            .Fill("Klar senast", Today.AddDays(-2).ToString("yyyy-MM-dd"));

        var response = await add.SubmitAsync(executive, "Lägg till överenskommelsen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertErrorOn(await response.ParseAsync(), "Agreement_DueOn", "tidigast mötesdagen");
        Assert.Equal(1, await DbAsync(db => db.Agreements.CountAsync(a => a.DialogueId == held)));
    }

    [Fact]
    public async Task Reopen_WithoutAReason_ShowsTheErrorAndChangesNothing_WithAReasonGoesOneStepBack()
    {
        var page = await executive.GetPageAsync($"/dialogues/{held}");
        var form = BrowserForm.WithButton(page, "Öppna igen");

        var refused = await form.SubmitAsync(executive, "Öppna igen");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        AssertErrorOn(await refused.ParseAsync(), "Reason", "Skäl");
        var stored = await StoredAsync(held);
        Assert.Equal((DialogueStatus.Held, 0), (stored.Status, stored.ReopenCount));

        var reopened = await form.Fill("Varför dialogen öppnas igen", "Fel deltagare registrerades.").SubmitAsync(executive, "Öppna igen");

        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        stored = await StoredAsync(held);
        Assert.Equal((DialogueStatus.Submitted, 1, "Fel deltagare registrerades."), (stored.Status, stored.ReopenCount, stored.LastReopenReason));
    }

    [Fact]
    public async Task DialoguePage_OffersTheManagerNoLeadershipForms_AndTheExecutiveNoPreparationForm()
    {
        var managersView = await manager.GetPageAsync($"/dialogues/{held}");
        var executivesView = await executive.GetPageAsync($"/dialogues/{preparing}");

        Assert.Empty(managersView.QuerySelectorAll("main form"));
        Assert.NotNull(managersView.GetElementById("agreements-heading"));
        Assert.Empty(executivesView.QuerySelectorAll("main form"));
    }

    [Fact]
    public async Task AgreementPage_NoteDoneAndDrop_WithTheirErrors()
    {
        var page = await manager.GetPageAsync($"/agreements/{heldAgreement}");
        var note = await BrowserForm.WithButton(page, "Lägg till anteckningen").Fill("Ny anteckning", "Lokalen är bokad.").SubmitAsync(manager, "Lägg till anteckningen");
        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);

        page = await manager.GetPageAsync($"/agreements/{heldAgreement}");
        Assert.Contains("Lokalen är bokad.", page.GetElementById("notes-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var dropWithoutReason = await BrowserForm.WithButton(page, "Avbryt överenskommelsen").SubmitAsync(manager, "Avbryt överenskommelsen");
        Assert.Equal(HttpStatusCode.OK, dropWithoutReason.StatusCode);
        AssertErrorOn(await dropWithoutReason.ParseAsync(), "Reason");
        Assert.Equal(AgreementStatus.Open, await DbAsync(db => db.Agreements.Where(a => a.Id == heldAgreement).Select(a => a.Status).SingleAsync()));

        var revise = await BrowserForm.WithButton(page, "Spara ändringen").Fill("Ansvarig", "Biträdande förvaltningschef").SubmitAsync(manager, "Spara ändringen");
        Assert.Equal(HttpStatusCode.Redirect, revise.StatusCode);

        page = await manager.GetPageAsync($"/agreements/{heldAgreement}");
        var done = await BrowserForm.WithButton(page, "Markera som genomförd").Fill("Avslutande anteckning", "Klart i tid.").SubmitAsync(manager, "Markera som genomförd");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var stored = await DbAsync(db => db.Agreements.AsNoTracking().SingleAsync(a => a.Id == heldAgreement));
        Assert.Equal((AgreementStatus.Done, "Biträdande förvaltningschef"), (stored.Status, stored.Responsible));
        Assert.Equal(["Lokalen är bokad.", "Klart i tid."], stored.Notes.OrderBy(n => n.At).Select(n => n.Text));
        page = await manager.GetPageAsync($"/agreements/{heldAgreement}");
        Assert.Null(page.QuerySelector("form[action*='handler=Drop']"));
    }

    [Fact]
    public async Task Commitments_ListWhatEachSideOwes()
    {
        var managersPage = await manager.GetPageAsync("/commitments");
        var executivesPage = await executive.GetPageAsync("/commitments");

        Assert.Contains("Starta läsgrupper", managersPage.GetElementById("unit-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ledningen ordnar lokal", executivesPage.GetElementById("leadership-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(executivesPage.QuerySelector($"a[href='/agreements/{heldAgreement}']"));
    }

    [Fact]
    public async Task Notifications_ShowTheUnreadCountInTheHeader_AndAreMarkedReadOneByOneOrAll()
    {
        var page = await manager.GetPageAsync("/notifications");
        var unread = await DbAsync(db => db.Notifications.CountAsync(n => n.ReadAt == null));
        Assert.True(unread >= 2, $"expected the manager's notifications from both cycles, found {unread}");
        var headerLink = page.QuerySelector("header a[href='/notifications']")!;
        // The link's name is read once, without the badge (shown, but hidden from screen readers).
        var badge = headerLink.QuerySelector(".badge")!;
        Assert.Equal(($"{unread} olästa", "true"), (badge.TextContent, badge.GetAttribute("aria-hidden")));
        var spoken = string.Concat(headerLink.ChildNodes.Where(n => (n as IElement)?.GetAttribute("aria-hidden") != "true").Select(n => n.TextContent));
        Assert.Equal($"Notiser ({unread} olästa)", spoken.Trim());
        var first = page.QuerySelector(".notification-list li.unread")!;
        Assert.Contains("Dags att förbereda dialogen", first.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("/dialogues/", first.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);

        var one = await BrowserForm.Find(page, ".notification-list li.unread form").SubmitAsync(manager, "Markera som läst");
        Assert.Equal(HttpStatusCode.Redirect, one.StatusCode);
        Assert.Equal(unread - 1, await DbAsync(db => db.Notifications.CountAsync(n => n.ReadAt == null)));

        page = await manager.GetPageAsync("/notifications");
        var all = await BrowserForm.WithButton(page, "Markera alla som lästa").SubmitAsync(manager, "Markera alla som lästa");
        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        Assert.Equal(0, await DbAsync(db => db.Notifications.CountAsync(n => n.ReadAt == null)));
        page = await manager.GetPageAsync("/notifications");
        Assert.Equal("Notiser", page.QuerySelector("header a[href='/notifications']")!.TextContent.Trim());
    }

    [Fact]
    public async Task UnitPage_ShowsTheDialoguesAndOpenAgreements_ToItsManagerOnly()
    {
        var managed = await manager.GetPageAsync($"/units/{tree.Unit.Id}");
        var visitor = await Client.GetPageAsync($"/units/{tree.Unit.Id}");

        var section = managed.GetElementById("dialogues-heading")!.ParentElement!;
        Assert.NotNull(section.QuerySelector($"a[href='/dialogues/{preparing}']"));
        Assert.NotNull(section.QuerySelector($"a[href='/agreements/{previousAgreement}']"));
        Assert.Null(visitor.GetElementById("dialogues-heading"));
    }
}
