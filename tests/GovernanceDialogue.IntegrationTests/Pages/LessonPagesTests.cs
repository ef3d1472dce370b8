using System.Net;
using AngleSharp.Dom;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.Lessons;
using GovernanceDialogue.IntegrationTests.Dialogues;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Pages;

/// <summary>
/// The lessons library (lärdomar) and Årets misslyckande as their users post them: what each visitor finds, the lesson
/// form's errors and a stale save, sharing and the failure flag, a dialogue's "what did not work" made a lesson in one
/// step, and nominating, shortlisting and deciding the award, with the winner public only when its lesson is.
/// </summary>
public sealed class LessonPagesTests : DialogueTest
{
    private const string DidNotWork = "Vi införde digitala läxor utan att fråga eleverna. Många slutade göra dem.";

    private int Year => Today.Year;

    private Task<LessonDto> DraftAsync(string title, LessonVisibility visibility = LessonVisibility.Public, bool failure = true, string[]? tags = null, Guid? unitId = null) =>
        SendAsync(new CreateLesson.Command(unitId ?? Tree.Unit.Id, null, title, "Ekskolan ville prova nytt", "Ett nytt arbetssätt", "Det blev inte som vi tänkt", "Fråga eleverna först", tags ?? ["skola"], visibility, failure));

    private async Task<LessonDto> SharedAsync(string title, LessonVisibility visibility = LessonVisibility.Public, bool failure = true, string[]? tags = null)
    {
        var draft = await DraftAsync(title, visibility, failure, tags);
        return await SendAsync(new ShareLesson.Command(draft.Id, null));
    }

    private Task<Lesson> StoredAsync(Guid id) => DbAsync(db => db.Lessons.AsNoTracking().SingleAsync(l => l.Id == id));

    private static List<string> Titles(IDocument page) => [.. page.QuerySelectorAll("ol.lesson-list h3").Select(h => h.TextContent.Trim())];

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

    private static string ErrorSummary(IDocument page) =>
        (page.QuerySelector(".error-summary") ?? throw new Xunit.Sdk.XunitException("No error summary on the page.")).TextContent;

    [Fact]
    public async Task Library_ShowsEachVisitorOnlyWhatTheyMayRead_AndFindsWithTheSwedishSearchAndFilters()
    {
        await SharedAsync("Digitala läxor", tags: ["skola", "digitalt"]);
        await SharedAsync("Rastvakter i schemat", LessonVisibility.Organisation, failure: false, tags: ["trygghet"]);
        await DraftAsync("Hemligt utkast");
        using var anonymous = NewClient();
        using var politician = await ClientAsync((Role.Politician, Tree.City.Id));

        Assert.Equal(["Digitala läxor"], Titles(await anonymous.GetPageAsync("/lessons")));
        Assert.Equal(["Rastvakter i schemat", "Digitala läxor"], Titles(await politician.GetPageAsync("/lessons")));
        var managers = await Manager.GetPageAsync("/lessons");
        Assert.Equal(["Hemligt utkast", "Rastvakter i schemat", "Digitala läxor"], Titles(managers));
        Assert.NotNull(managers.QuerySelector("a[href='/lessons/new']"));
        Assert.Null((await politician.GetPageAsync("/lessons")).QuerySelector("a[href='/lessons/new']"));

        // "läxa" finds "läxor" (Swedish stemming); the filters narrow as the API does.
        Assert.Equal(["Digitala läxor"], Titles(await Manager.GetPageAsync("/lessons?q=l%C3%A4xa")));
        Assert.Equal(["Rastvakter i schemat"], Titles(await Manager.GetPageAsync("/lessons?failure=false")));
        Assert.Equal(["Rastvakter i schemat"], Titles(await Manager.GetPageAsync("/lessons?tag=trygghet")));
        Assert.Equal(["Hemligt utkast"], Titles(await Manager.GetPageAsync("/lessons?status=Draft")));
        Assert.Equal(["Rastvakter i schemat"], Titles(await Manager.GetPageAsync("/lessons?visibility=Organisation")));
        Assert.Empty(Titles(await Manager.GetPageAsync($"/lessons?unit={Tree.OtherAdministration.Id}")));
        var filtered = await Manager.GetPageAsync("/lessons?failure=true&tag=skola");
        Assert.Equal("true", filtered.QuerySelector("#Failure option[selected]")!.GetAttribute("value"));
        Assert.Equal("skola", filtered.GetElementById("Tag")!.GetAttribute("value"));

        // The site search finds the public lesson too, and leads to its page in the library.
        var publicId = await DbAsync(db => db.Lessons.Where(l => l.Title == "Digitala läxor").Select(l => l.Id).SingleAsync());
        var searched = await anonymous.GetPageAsync("/search?q=l%C3%A4xor");
        Assert.Equal("Digitala läxor", searched.QuerySelector($"ol.search-results a[href='/lessons/{publicId}']")!.TextContent);

        // A draft is a 404 for those who may not read it, as in the API.
        var draft = await DbAsync(db => db.Lessons.Where(l => l.Title == "Hemligt utkast").Select(l => l.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await politician.GetAsync($"/lessons/{draft}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/lessons/{draft}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Library_PagesThroughTheLessons_AndRefusesATooShortSearchWithAFormError()
    {
        for (var i = 1; i <= 21; i++)
        {
            await SharedAsync($"Lärdom {i:00}");
        }

        var first = await Manager.GetPageAsync("/lessons?failure=true");
        Assert.Equal(20, Titles(first).Count);
        var next = first.QuerySelector("nav.paging a")!;
        Assert.Equal("?failure=true&page=2", next.GetAttribute("href"));
        var second = await Manager.GetPageAsync("/lessons" + next.GetAttribute("href"));
        Assert.Equal(["Lärdom 01"], Titles(second));

        var refused = await Manager.GetPageAsync("/lessons?q=a");
        AssertErrorOn(refused, "Q");
        Assert.Empty(Titles(refused));
    }

    [Fact]
    public async Task New_WithBadInput_ShowsTheErrorsOnTheFields_KeepsWhatWasTyped_AndStoresNothing_ThenSavesADraft()
    {
        var page = await Manager.GetPageAsync($"/lessons/new?unitId={Tree.Unit.Id}");
        var form = BrowserForm.WithButton(page, "Spara utkastet")
            .Fill("Vad vi lärde oss", "Att fråga först.")
            .Fill("Taggar", string.Join(", ", Enumerable.Range(1, Lesson.MaxTags + 1).Select(i => $"tagg{i}")));

        var response = await form.SubmitAsync(Manager, "Spara utkastet");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await response.ParseAsync();
        AssertErrorOn(shown, "Input_Title", "Titel");
        AssertErrorOn(shown, "Input_Tags");
        Assert.Equal("true", shown.GetElementById("Input_Title")!.GetAttribute("aria-invalid"));
        Assert.Equal("Att fråga först.", shown.GetElementById("Input_WhatWeLearned")!.TextContent.Trim());
        Assert.Equal(0, await DbAsync(db => db.Lessons.CountAsync()));

        var again = BrowserForm.WithButton(shown, "Spara utkastet")
            .Fill("Titel", "Läxor utan elevernas röst")
            .Fill("Taggar", "Skola, digitalt, ")
            .Check("Ett misslyckande värt att dela")
            .Check("Alla, också utan inloggning", "Vilka får läsa den när den är delad?");
        again.Set("Input.GoalId", Goals[1].ToString());
        var saved = await again.SubmitAsync(Manager, "Spara utkastet");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var lesson = await DbAsync(db => db.Lessons.AsNoTracking().SingleAsync());
        Assert.Equal($"/lessons/{lesson.Id}", saved.Headers.Location!.OriginalString);
        Assert.Equal(("Läxor utan elevernas röst", Tree.Unit.Id, Goals[1], LessonStatus.Draft, LessonVisibility.Public, true), (lesson.Title, lesson.UnitId, lesson.GoalId, lesson.Status, lesson.Visibility, lesson.IsFailure));
        Assert.Equal(["skola", "digitalt"], lesson.Tags);
        var details = await Manager.GetPageAsync(saved.Headers.Location.OriginalString);
        Assert.Contains("sparad som utkast", details.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Tryggare raster", details.QuerySelector($"a[href='/units/{Tree.Unit.Id}/goals/{Goals[1]}']")!.TextContent);
    }

    [Fact]
    public async Task New_ForAnExecutive_AsksForTheUnitFirst_AndRefusesAUnitOutsideTheirSubtree()
    {
        var choose = await Executive.GetPageAsync("/lessons/new");
        Assert.Null(choose.QuerySelector("main form[method=post]"));
        var options = choose.QuerySelectorAll("#UnitId option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(["Skolförvaltningen (SKF)", "Ekskolan (EKS)", "Ekskolans fritids (EKS-FRI)"], options);

        var form = await Executive.GetPageAsync($"/lessons/new?unitId={Tree.SubUnit.Id}");
        Assert.Contains("Ekskolans fritids", form.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Tree.SubUnit.Id.ToString(), form.QuerySelector("main form[method=post] input[name=unitId]")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Forbidden, (await Executive.GetAsync($"/lessons/new?unitId={Tree.OtherUnit.Id}", Cancel)).StatusCode);

        // Whoever writes for one unit only goes straight to the form.
        using var fritids = await ClientAsync((Role.UnitManager, Tree.SubUnit.Id));
        var straight = await fritids.GetPageAsync("/lessons/new");
        Assert.Equal(Tree.SubUnit.Id.ToString(), straight.QuerySelector("main form[method=post] input[name=unitId]")!.GetAttribute("value"));

        // A unit outside the subtree, posted anyway, is refused by the command's gate and nothing is stored.
        var post = BrowserForm.WithButton(form, "Spara utkastet").Fill("Titel", "Fel enhet");
        post.Set("unitId", Tree.OtherUnit.Id.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await post.SubmitAsync(Executive, "Spara utkastet")).StatusCode);
        Assert.Equal(0, await DbAsync(db => db.Lessons.CountAsync()));
    }

    [Fact]
    public async Task Edit_AfterSomeoneElseSaved_ShowsTheConflict_KeepsTheirChange_AndWhatWasTyped()
    {
        var lesson = await DraftAsync("Första titeln");
        var page = await Manager.GetPageAsync($"/lessons/{lesson.Id}/edit");
        Assert.Equal("Första titeln", page.GetElementById("Input_Title")!.GetAttribute("value"));
        await SendAsync(new UpdateLesson.Command(lesson.Id, null, null, "Kollegans titel", null, null, null, null, [], LessonVisibility.Organisation, false));

        var response = await BrowserForm.WithButton(page, "Spara").Fill("Titel", "Min titel").SubmitAsync(Manager, "Spara");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await response.ParseAsync();
        Assert.Contains("Någon annan har ändrat", ErrorSummary(shown), StringComparison.Ordinal);
        Assert.Equal("Min titel", shown.GetElementById("Input_Title")!.GetAttribute("value"));
        Assert.Equal("Kollegans titel", (await StoredAsync(lesson.Id)).Title);

        // The form still carries the version it was opened with: saving again stays refused until the page is reloaded.
        var twice = await BrowserForm.WithButton(shown, "Spara").SubmitAsync(Manager, "Spara");
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Equal("Kollegans titel", (await StoredAsync(lesson.Id)).Title);

        var reloaded = await Manager.GetPageAsync($"/lessons/{lesson.Id}/edit");
        var saved = await BrowserForm.WithButton(reloaded, "Spara").Fill("Titel", "Min titel").SubmitAsync(Manager, "Spara");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Min titel", (await StoredAsync(lesson.Id)).Title);
    }

    [Fact]
    public async Task Edit_LinksACollaborationOfTheUnit_ShownOnTheLessonAndOnTheCollaborationsPage()
    {
        var collaboration = await SendAsync(new Core.Features.Collaborations.CreateCollaboration.Command(
            Tree.Unit.Id, "Trygga skolvägar", "Syfte", [Tree.Unit.Id, Tree.OtherUnit.Id], [], [], Today, null, null, null));
        await SendAsync(new Core.Features.Collaborations.CreateCollaboration.Command(
            Tree.OtherUnit.Id, "Inte vår samverkan", "Syfte", [Tree.OtherUnit.Id], [], [], Today, null, null, null));
        var lesson = await DraftAsync("Cykelbanan");

        var page = await Manager.GetPageAsync($"/lessons/{lesson.Id}/edit");
        var options = page.QuerySelectorAll("#Input_CollaborationId option").Select(o => o.TextContent.Trim()).ToList();
        var saved = await BrowserForm.WithButton(page, "Spara").Set("Input.CollaborationId", collaboration.Id.ToString()).SubmitAsync(Manager, "Spara");

        Assert.Equal(["Ingen samverkan", "Trygga skolvägar"], options);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(collaboration.Id, (await StoredAsync(lesson.Id)).CollaborationId);
        var shown = await Manager.GetPageAsync($"/lessons/{lesson.Id}");
        Assert.NotNull(shown.QuerySelector($"a[href='/collaborations/{collaboration.Id}']"));
        var collaborationPage = await Manager.GetPageAsync($"/collaborations/{collaboration.Id}");
        Assert.NotNull(collaborationPage.QuerySelector($"ul.lesson-list a[href='/lessons/{lesson.Id}']"));

        // Sharing from the lesson page keeps the link.
        await SendAsync(new ShareLesson.Command(lesson.Id, null));
        Assert.Equal(collaboration.Id, (await StoredAsync(lesson.Id)).CollaborationId);
    }

    [Fact]
    public async Task Share_WithTheVisibilityChosen_OpensTheLessonToThatCircle_AndTheFailureFlagToggles()
    {
        var lesson = await DraftAsync("Läxor", LessonVisibility.UnitAndLeadership, failure: false);
        using var anonymous = NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/lessons/{lesson.Id}", Cancel)).StatusCode);
        var page = await Manager.GetPageAsync($"/lessons/{lesson.Id}");

        var shared = await BrowserForm.WithButton(page, "Dela lärdomen")
            .Check("Alla, också utan inloggning", "Vilka får läsa den när den är delad?")
            .SubmitAsync(Manager, "Dela lärdomen");

        Assert.Equal(HttpStatusCode.Redirect, shared.StatusCode);
        var stored = await StoredAsync(lesson.Id);
        Assert.Equal((LessonStatus.Shared, LessonVisibility.Public), (stored.Status, stored.Visibility));
        var publicPage = await anonymous.GetPageAsync($"/lessons/{lesson.Id}");
        Assert.Equal("Läxor", publicPage.QuerySelector("h1")!.TextContent);
        Assert.Null(publicPage.QuerySelector("main form[method=post] button"));
        var after = await Manager.GetPageAsync($"/lessons/{lesson.Id}");
        Assert.Contains("Alla, också utan inloggning", after.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        // Once shared, the same form narrows the circle again (no second share).
        var narrowed = await BrowserForm.WithButton(after, "Ändra vilka som får läsa")
            .Check("Hela organisationen", "Vilka får läsa den när den är delad?")
            .SubmitAsync(Manager, "Ändra vilka som får läsa");
        Assert.Equal(HttpStatusCode.Redirect, narrowed.StatusCode);
        Assert.Equal(LessonVisibility.Organisation, (await StoredAsync(lesson.Id)).Visibility);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/lessons/{lesson.Id}", Cancel)).StatusCode);

        var flagPage = await Manager.GetPageAsync($"/lessons/{lesson.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await BrowserForm.WithButton(flagPage, "Flagga som misslyckande värt att dela").SubmitAsync(Manager, "Flagga som misslyckande värt att dela")).StatusCode);
        Assert.True((await StoredAsync(lesson.Id)).IsFailure);
        var flagged = await Manager.GetPageAsync($"/lessons/{lesson.Id}");
        Assert.NotNull(flagged.QuerySelector(".tag-failure"));
        Assert.Equal(HttpStatusCode.Redirect, (await BrowserForm.WithButton(flagged, "Ta bort flaggan").SubmitAsync(Manager, "Ta bort flaggan")).StatusCode);
        Assert.False((await StoredAsync(lesson.Id)).IsFailure);

        // A form opened before a change is refused, not applied on top of it.
        var staleFlag = await BrowserForm.WithButton(flagged, "Ta bort flaggan").SubmitAsync(Manager, "Ta bort flaggan");
        Assert.Equal(HttpStatusCode.OK, staleFlag.StatusCode);
        Assert.Contains("Någon annan har ändrat", ErrorSummary(await staleFlag.ParseAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Share_WhenSomeoneSharedItMeanwhile_ShowsTheConflict()
    {
        var lesson = await DraftAsync("Läxor", LessonVisibility.Organisation);
        var page = await Manager.GetPageAsync($"/lessons/{lesson.Id}");
        await SendAsync(new ShareLesson.Command(lesson.Id, null));

        var response = await BrowserForm.WithButton(page, "Dela lärdomen").SubmitAsync(Manager, "Dela lärdomen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Någon annan har ändrat", ErrorSummary(await response.ParseAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dialogue_MakeALesson_TurnsWhatDidNotWorkIntoADraftLesson_AndLeadsToIt()
    {
        var fritids = await DialogueOfAsync(Tree.SubUnit.Id);
        Assert.Null((await Manager.GetPageAsync($"/dialogues/{Ours}")).QuerySelector("#lesson-heading"));
        await SendAsync(new SaveDialogueNotes.Command(
            Ours, null, [new SaveDialogueNotes.Answer("did-not-work", DidNotWork)], [.. Goals.Select(g => new SaveDialogueNotes.GoalNote(g, Assessment.OnTrack, null))], []));
        await SendAsync(new SubmitDialogue.Command(Ours, null));

        var page = await Executive.GetPageAsync($"/dialogues/{Ours}");
        var response = await BrowserForm.WithButton(page, "Gör en lärdom").SubmitAsync(Executive, "Gör en lärdom");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var lesson = await DbAsync(db => db.Lessons.AsNoTracking().SingleAsync());
        Assert.Equal($"/lessons/{lesson.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal((Ours, Tree.Unit.Id, DidNotWork, LessonStatus.Draft, true), (lesson.DialogueId, lesson.UnitId, lesson.WhatHappened, lesson.Status, lesson.IsFailure));
        var shown = await Executive.GetPageAsync(response.Headers.Location.OriginalString);
        Assert.Contains("skapad som utkast", shown.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(DidNotWork, shown.QuerySelector("article.lesson-text")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(shown.QuerySelector($"a[href='/dialogues/{Ours}']"));

        // A dialogue without the answer offers no button; posting anyway is a form error, not a lesson.
        var other = await Executive.GetPageAsync($"/dialogues/{fritids}");
        Assert.Null(other.QuerySelector("#lesson-heading"));
        // Any form of the page carries the antiforgery token (here the header's sign-out form).
        var refused = await Executive.SubmitAsync(other, "form[method=post]", new Dictionary<string, string>(), actionOverride: $"/dialogues/{fritids}?handler=Lesson");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("inget svar på", ErrorSummary(await refused.ParseAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await DbAsync(db => db.Lessons.CountAsync()));
    }

    [Fact]
    public async Task Award_NominateShortlistAndDecide_ThroughThePages_AndTheWinnerIsPublicOnlyWhileItsLessonIs()
    {
        var failure = await SharedAsync("Läxor utan elevernas röst");
        var other = await SharedAsync("För många mål", LessonVisibility.Organisation);
        await SharedAsync("Inte ett misslyckande", failure: false);
        using var politician = await ClientAsync((Role.Politician, Tree.City.Id));
        using var cityExecutive = await ClientAsync((Role.Executive, Tree.City.Id));
        using var anonymous = NewClient();

        // The nomination form offers the shared failures only, and wants a motivation.
        var lessonPage = await politician.GetPageAsync($"/lessons/{failure.Id}");
        var nominateUrl = lessonPage.QuerySelector($"a[href^='/awards/failure-of-the-year/{Year}/nominate']")!.GetAttribute("href")!;
        var form = await politician.GetPageAsync(nominateUrl);
        var offered = form.QuerySelectorAll("#LessonId option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(["Välj en lärdom", "För många mål – Ekskolan", "Läxor utan elevernas röst – Ekskolan"], offered);
        Assert.Equal(failure.Id.ToString(), form.QuerySelector("#LessonId option[selected]")!.GetAttribute("value"));
        var empty = await BrowserForm.WithButton(form, "Nominera").SubmitAsync(politician, "Nominera");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        AssertErrorOn(await empty.ParseAsync(), "Motivation", "Motivering");
        Assert.Equal(0, await DbAsync(db => db.FailureNominations.CountAsync()));

        var nominated = await BrowserForm.WithButton(form, "Nominera").Fill("Motivering", "Modigt att berätta.").SubmitAsync(politician, "Nominera");
        Assert.Equal(HttpStatusCode.Redirect, nominated.StatusCode);
        Assert.Equal($"/awards/failure-of-the-year/{Year}", nominated.Headers.Location!.OriginalString);
        var twice = await BrowserForm.WithButton(form, "Nominera").Fill("Motivering", "Igen.").SubmitAsync(politician, "Nominera");
        Assert.Contains("redan nominerat", ErrorSummary(await twice.ParseAsync()), StringComparison.Ordinal);
        var second = await BrowserForm.WithButton(await politician.GetPageAsync(nominateUrl), "Nominera")
            .Set("lesson", other.Id.ToString()).Fill("Motivering", "Lärorikt.").SubmitAsync(politician, "Nominera");
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        // The politician sees the nominations but may not decide; the city's executive shortlists and decides.
        var politiciansView = await politician.GetPageAsync($"/awards/failure-of-the-year/{Year}");
        Assert.Equal(2, politiciansView.QuerySelectorAll("section[aria-labelledby=nominations-heading] li").Length);
        Assert.Empty(politiciansView.QuerySelectorAll("main form[method=post] button"));
        var award = await cityExecutive.GetPageAsync($"/awards/failure-of-the-year/{Year}");
        var shortlisted = await BrowserForm.WithButton(award, "Sätt på kortlistan: Läxor utan elevernas röst").SubmitAsync(cityExecutive, "Sätt på kortlistan: Läxor utan elevernas röst");
        Assert.Equal(HttpStatusCode.Redirect, shortlisted.StatusCode);
        var listed = await cityExecutive.GetPageAsync($"/awards/failure-of-the-year/{Year}");
        Assert.Contains("Läxor utan elevernas röst", listed.QuerySelector("section[aria-labelledby=shortlist-heading]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1", listed.GetElementById("shortlist-heading")!.TextContent, StringComparison.Ordinal);

        // Before the winner is decided, anonymous visitors see neither nominations nor a winner.
        var before = await anonymous.GetPageAsync($"/awards/failure-of-the-year/{Year}");
        Assert.DoesNotContain("Läxor utan elevernas röst", before.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var decided = await BrowserForm.WithButton(listed, "Utse till vinnare: Läxor utan elevernas röst").SubmitAsync(cityExecutive, "Utse till vinnare: Läxor utan elevernas röst");
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Equal(failure.Id, await DbAsync(db => db.FailureAwards.Select(a => a.LessonId).SingleAsync()));

        var publicView = await anonymous.GetPageAsync($"/awards/failure-of-the-year/{Year}");
        Assert.Equal("Läxor utan elevernas röst", publicView.QuerySelector("section.award-winner a")!.TextContent);
        Assert.DoesNotContain("För många mål", publicView.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(publicView.GetElementById("nominations-heading"));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/lessons/{failure.Id}", Cancel)).StatusCode);

        // Narrowed to the organisation, the winner is no longer on the public page (as the API answers).
        await SendAsync(new UpdateLesson.Command(failure.Id, null, null, failure.Title, null, null, null, null, [], LessonVisibility.Organisation, true));
        var narrowed = await anonymous.GetPageAsync($"/awards/failure-of-the-year/{Year}");
        Assert.Null(narrowed.QuerySelector("section.award-winner a"));
        Assert.DoesNotContain("Läxor utan elevernas röst", narrowed.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Läxor utan elevernas röst", (await politician.GetPageAsync($"/awards/failure-of-the-year/{Year}")).QuerySelector("section.award-winner a")!.TextContent);
    }

    [Fact]
    public async Task Award_DecidedMeanwhileByAnotherExecutive_ShowsTheConflict_AndKeepsTheFirstWinner()
    {
        var first = await SharedAsync("Läxor");
        var second = await SharedAsync("Rastvakter");
        using var politician = await ClientAsync((Role.Politician, Tree.City.Id));
        using var cityExecutive = await ClientAsync((Role.Executive, Tree.City.Id));
        foreach (var lesson in new[] { first, second })
        {
            (await politician.PostJsonAsync($"/api/v1/awards/failure-of-the-year/{Year}/nominations", new { lessonId = lesson.Id, motivation = "Lärorikt" })).EnsureSuccessStatusCode();
        }

        var nominations = await DbAsync(db => db.FailureNominations.OrderBy(n => n.NominatedAt).Select(n => n.Id).ToListAsync());
        foreach (var nomination in nominations)
        {
            (await cityExecutive.PostJsonAsync($"/api/v1/awards/failure-of-the-year/{Year}/nominations/{nomination}/shortlist", null)).EnsureSuccessStatusCode();
        }

        var page = await cityExecutive.GetPageAsync($"/awards/failure-of-the-year/{Year}");
        (await cityExecutive.PostJsonAsync($"/api/v1/awards/failure-of-the-year/{Year}/winner", new { nominationId = nominations[1] })).EnsureSuccessStatusCode();

        var response = await BrowserForm.WithButton(page, "Utse till vinnare: Läxor").SubmitAsync(cityExecutive, "Utse till vinnare: Läxor");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await response.ParseAsync();
        Assert.Contains("redan avgjort", ErrorSummary(shown), StringComparison.Ordinal);
        Assert.Equal("Rastvakter", shown.QuerySelector("section.award-winner a")!.TextContent);
        Assert.Equal(second.Id, await DbAsync(db => db.FailureAwards.Select(a => a.LessonId).SingleAsync()));
    }

    [Fact]
    public async Task Award_ForAYearNotBegun_HasNoNominationForm_AndIsNotFound()
    {
        using var politician = await ClientAsync((Role.Politician, Tree.City.Id));
        var next = await politician.GetPageAsync($"/awards/failure-of-the-year/{Year + 1}");
        Assert.Null(next.QuerySelector("a[href*='/nominate']"));
        Assert.Equal(HttpStatusCode.NotFound, (await politician.GetAsync($"/awards/failure-of-the-year/{Year + 1}/nominate", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await politician.GetAsync("/awards/failure-of-the-year/1999", Cancel)).StatusCode);
        var thisYear = await politician.GetPageAsync("/awards/failure-of-the-year");
        Assert.Contains(Year.ToString(System.Globalization.CultureInfo.InvariantCulture), thisYear.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(thisYear.QuerySelector($"a[href='/awards/failure-of-the-year/{Year}/nominate']"));
    }
}
