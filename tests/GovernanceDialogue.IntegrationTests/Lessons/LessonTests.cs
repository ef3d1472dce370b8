using System.Globalization;
using System.Net;
using System.Text.Json;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Audit;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.Awards;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.Lessons;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.IntegrationTests.Dialogues;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Lessons;

/// <summary>
/// Lessons and the failure of the year through the API: each lesson only at its visibility (drafts never leak, also
/// not through search or the award page), Swedish search, a dialogue's "what did not work" in one step, and the
/// nomination, shortlist and winner rules.
/// </summary>
public sealed class LessonTests : DialogueTest
{
    private int Year => Today.Year;

    private object Body(string title, string visibility = "Public", bool failure = true, Guid? unitId = null, string? learned = null) => new
    {
        unitId = unitId ?? Tree.Unit.Id,
        title,
        context = "Ekskolan ville prova nytt",
        whatWeTried = "Vi provade digitala läxor",
        whatHappened = "Eleverna tappade motivationen",
        whatWeLearned = learned ?? "Vi lärde oss att fråga eleverna först",
        tags = new[] { "Skola", "digitalt" },
        visibility,
        isFailure = failure,
    };

    private async Task<LessonDto> CreateAsync(HttpClient client, string title, string visibility = "Public", bool failure = true, string? learned = null)
    {
        var response = await client.PostJsonAsync("/api/v1/lessons", Body(title, visibility, failure, learned: learned));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<LessonDto>();
    }

    private async Task<LessonDto> SharedAsync(string title, string visibility = "Public", bool failure = true, string? learned = null)
    {
        var lesson = await CreateAsync(Manager, title, visibility, failure, learned);
        return await (await Manager.PostJsonAsync($"/api/v1/lessons/{lesson.Id}/share", null)).ReadAsync<LessonDto>();
    }

    private async Task<List<Guid>> ListedAsync(HttpClient client, string query = "") =>
        (await (await client.GetAsync($"/api/v1/lessons{query}", Cancel)).ReadAsync<PagedList<LessonDto>>()).Items.Select(l => l.Id).ToList();

    private static async Task<List<Guid>> SearchedAsync(HttpClient client, string q)
    {
        var json = await (await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}", TestContext.Current.CancellationToken)).ReadAsync<JsonElement>();
        return json.GetProperty("items").EnumerateArray().Where(h => h.GetProperty("kind").GetString() == "Lesson").Select(h => h.GetProperty("id").GetGuid()).ToList();
    }

    [Fact]
    public async Task Draft_IsReadOnlyByTheUnitAndItsLeadership_AndSharingOpensItAtItsVisibility()
    {
        var draft = await CreateAsync(Manager, "Misslyckade läxor");
        Assert.Equal("skola", draft.Tags[0]);
        Assert.Equal(Core.Domain.Lessons.LessonStatus.Draft, draft.Status);
        using var anonymous = App.CreateClient();
        using var politician = await ClientAsync((Role.Politician, Tree.City.Id));
        using var otherManager = await ClientAsync((Role.UnitManager, Tree.OtherUnit.Id));
        using var administrator = await ClientAsync((Role.Administrator, null));

        foreach (var outsider in new[] { anonymous, politician, otherManager, administrator })
        {
            await (await outsider.GetAsync($"/api/v1/lessons/{draft.Id}", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
            Assert.DoesNotContain(draft.Id, await ListedAsync(outsider));
            Assert.DoesNotContain(draft.Id, await SearchedAsync(outsider, "läxor"));
        }

        Assert.Contains(draft.Id, await ListedAsync(Executive));
        Assert.Contains(draft.Id, await SearchedAsync(Executive, "läxor"));
        Assert.Equal(HttpStatusCode.OK, (await Manager.GetAsync($"/api/v1/lessons/{draft.Id}", Cancel)).StatusCode);

        await (await Manager.PostJsonAsync($"/api/v1/lessons/{draft.Id}/share", null)).ReadAsync<LessonDto>();
        await (await Manager.PostJsonAsync($"/api/v1/lessons/{draft.Id}/share", null)).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/lesson-already-shared");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/lessons/{draft.Id}", Cancel)).StatusCode);
        Assert.Contains(draft.Id, await SearchedAsync(anonymous, "läxor"));
    }

    [Fact]
    public async Task SharedLessons_AreVisibleOnlyAtTheirVisibility()
    {
        var organisation = await SharedAsync("För organisationen", "Organisation");
        var leadership = await SharedAsync("För ledningen", "UnitAndLeadership");
        using var anonymous = App.CreateClient();
        using var politician = await ClientAsync((Role.Politician, Tree.City.Id));
        using var token = await TokenClientAsync(["read"], Tree.Administration.Id);

        Assert.Empty((await ListedAsync(anonymous)).Intersect([organisation.Id, leadership.Id]));
        Assert.Equal([organisation.Id], (await ListedAsync(politician)).Intersect([organisation.Id, leadership.Id]));
        Assert.Equal([organisation.Id], (await ListedAsync(token)).Intersect([organisation.Id, leadership.Id]));
        Assert.Equal(2, (await ListedAsync(Executive)).Intersect([organisation.Id, leadership.Id]).Count());
        await (await politician.GetAsync($"/api/v1/lessons/{leadership.Id}", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal([organisation.Id], await ListedAsync(politician, "?visibility=Organisation&failure=true&tag=SKOLA"));
    }

    [Fact]
    public async Task SwedishSearch_FindsWordForms_InTheLibraryAndTheSiteSearch()
    {
        var lesson = await SharedAsync("Skolorna samarbetade inte", learned: "Rektorerna behöver träffas");
        await SharedAsync("Något helt annat", learned: "Hemtjänsten");
        using var anonymous = App.CreateClient();

        Assert.Equal([lesson.Id], await ListedAsync(anonymous, "?q=skola"));
        Assert.Equal([lesson.Id], await ListedAsync(anonymous, "?q=rektorer"));
        Assert.Equal([lesson.Id], await SearchedAsync(anonymous, "skolor"));
        await (await anonymous.GetAsync("/api/v1/lessons?q=a", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task DidNotWorkAnswer_BecomesADraftFailureOfTheDialoguesUnit_InOneStep()
    {
        await SendAsync(new SaveDialogueNotes.Command(Ours, null, [new("did-not-work", "Schemat för rasterna höll inte")], [], []));

        var response = await Manager.PostJsonAsync($"/api/v1/dialogues/{Ours}/lesson", null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var lesson = await response.ReadAsync<LessonDto>();
        Assert.Equal((Tree.Unit.Id, (Guid?)Ours, true), (lesson.UnitId, lesson.DialogueId, lesson.IsFailure));
        Assert.Equal((Core.Domain.Lessons.LessonStatus.Draft, Core.Domain.Lessons.LessonVisibility.UnitAndLeadership), (lesson.Status, lesson.Visibility));
        Assert.Equal("Schemat för rasterna höll inte", lesson.WhatHappened);
        // Asking again leads to the same lesson: one per dialogue.
        var again = await Manager.PostJsonAsync($"/api/v1/dialogues/{Ours}/lesson", null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(lesson.Id, (await again.ReadAsync<LessonDto>()).Id);
        Assert.Equal(1, await DbAsync(db => db.Lessons.CountAsync(l => l.DialogueId == Ours)));
        var fritids = await DialogueOfAsync(Tree.SubUnit.Id);
        await (await Manager.PostJsonAsync($"/api/v1/dialogues/{fritids}/lesson", null)).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/lesson-no-did-not-work");
        using var politician = await ClientAsync((Role.Politician, Tree.City.Id));
        await (await politician.PostJsonAsync($"/api/v1/dialogues/{Ours}/lesson", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Update_WithAStaleETag_Is412_AndBadInputIs400NamingTheFields()
    {
        var created = await Manager.PostJsonAsync("/api/v1/lessons", Body("Första"));
        var etag = created.ETagOf();
        var lesson = await created.ReadAsync<LessonDto>();
        var revised = new { title = "Andra", visibility = "Organisation", isFailure = false, tags = new[] { "ny" } };

        var ok = await Manager.PutJsonAsync($"/api/v1/lessons/{lesson.Id}", revised, etag);
        Assert.Equal("Andra", (await ok.ReadAsync<LessonDto>()).Title);
        await (await Manager.PutJsonAsync($"/api/v1/lessons/{lesson.Id}", revised, etag)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await Manager.PutJsonAsync($"/api/v1/lessons/{lesson.Id}", revised)).AssertProblemAsync((HttpStatusCode)428);

        var bad = await (await Manager.PostJsonAsync("/api/v1/lessons", new { unitId = Tree.Unit.Id, title = " ", isFailure = true, whatWeLearned = new string('x', 8001) }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(bad.ErrorsFor("title"));
        Assert.NotEmpty(bad.ErrorsFor("visibility"));
        Assert.NotEmpty(bad.ErrorsFor("whatWeLearned"));
        var noUnit = await (await Executive.PostJsonAsync("/api/v1/lessons", new { title = "T", visibility = "Public" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(noUnit.ErrorsFor("unitId"));
        var foreignGoal = await (await Manager.PutJsonAsync($"/api/v1/lessons/{lesson.Id}", new { goalId = Guid.NewGuid(), title = "T", visibility = "Public" }, "*"))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(foreignGoal.ErrorsFor("goalId"));
        Assert.Equal("Andra", (await (await Manager.GetAsync($"/api/v1/lessons/{lesson.Id}", Cancel)).ReadAsync<LessonDto>()).Title);
    }

    [Fact]
    public async Task Nominations_OnlyForSharedFailures_OncePerPersonLessonAndYear()
    {
        var failure = await SharedAsync("Ett misslyckande");
        var success = await SharedAsync("En framgång", failure: false);
        var draft = await CreateAsync(Manager, "Ett utkast");
        using var politician = await ClientAsync((Role.Politician, Tree.City.Id));
        var url = $"/api/v1/awards/failure-of-the-year/{Year}/nominations";

        await (await Manager.PostJsonAsync(url, new { lessonId = success.Id, motivation = "Bra" })).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/lesson-not-nominable");
        await (await Manager.PostJsonAsync(url, new { lessonId = draft.Id, motivation = "Bra" })).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/lesson-not-nominable");
        var hidden = await (await politician.PostJsonAsync(url, new { lessonId = draft.Id, motivation = "Bra" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(hidden.ErrorsFor("lessonId"));
        var empty = await (await politician.PostJsonAsync(url, new { lessonId = failure.Id, motivation = "" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(empty.ErrorsFor("motivation"));
        var future = await (await politician.PostJsonAsync($"/api/v1/awards/failure-of-the-year/{Year + 1}/nominations", new { lessonId = failure.Id, motivation = "Modigt" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(future.ErrorsFor("year"));

        var nominated = await politician.PostJsonAsync(url, new { lessonId = failure.Id, motivation = "Modigt att berätta" });
        Assert.Equal(HttpStatusCode.Created, nominated.StatusCode);
        await (await politician.PostJsonAsync(url, new { lessonId = failure.Id, motivation = "Igen" })).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/nomination-duplicate");
        Assert.Equal(HttpStatusCode.Created, (await Manager.PostJsonAsync(url, new { lessonId = failure.Id, motivation = "Jag med" })).StatusCode);
        using var administrator = await ClientAsync((Role.Administrator, null));
        await (await administrator.PostJsonAsync(url, new { lessonId = failure.Id, motivation = "Jag med" })).AssertProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(2, await DbAsync(db => db.FailureNominations.CountAsync(n => n.LessonId == failure.Id)));
        var entry = await DbAsync(db => db.AuditEntries.Where(e => e.Action == "NominateFailure").OrderBy(e => e.At).FirstAsync());
        Assert.Equal(ActorKind.User, entry.ActorKind);
    }

    [Fact]
    public async Task Award_ShortlistAndWinnerOnlyByTheCitysExecutives_OneWinnerPerYear_PublicWhenTheLessonIs()
    {
        var first = await SharedAsync("Det första misslyckandet");
        var second = await SharedAsync("Det andra misslyckandet", "Organisation");
        using var politician = await ClientAsync((Role.Politician, Tree.City.Id));
        using var cityExecutive = await ClientAsync((Role.Executive, Tree.City.Id));
        using var anonymous = App.CreateClient();
        var url = $"/api/v1/awards/failure-of-the-year/{Year}";
        var a = await (await politician.PostJsonAsync($"{url}/nominations", new { lessonId = first.Id, motivation = "Lärorikt" })).ReadAsync<NominationDto>();
        var b = await (await politician.PostJsonAsync($"{url}/nominations", new { lessonId = second.Id, motivation = "Modigt" })).ReadAsync<NominationDto>();

        await (await Executive.PostJsonAsync($"{url}/nominations/{a.Id}/shortlist", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await politician.PostJsonAsync($"{url}/nominations/{a.Id}/shortlist", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await cityExecutive.PostJsonAsync($"{url}/winner", new { nominationId = a.Id })).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/award-not-shortlisted");
        Assert.True((await (await cityExecutive.PostJsonAsync($"{url}/nominations/{a.Id}/shortlist", null)).ReadAsync<NominationDto>()).Shortlisted);
        await (await cityExecutive.PostJsonAsync($"{url}/nominations/{b.Id}/shortlist", null)).ReadAsync<NominationDto>();
        await (await Executive.PostJsonAsync($"{url}/winner", new { nominationId = a.Id })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await cityExecutive.PostJsonAsync($"{url}/nominations/{a.Id}/shortlist".Replace($"{Year}", $"{Year - 1}", StringComparison.Ordinal), null))
            .AssertProblemAsync(HttpStatusCode.NotFound);

        var winner = await (await cityExecutive.PostJsonAsync($"{url}/winner", new { nominationId = a.Id })).ReadAsync<AwardWinnerDto>();
        Assert.Equal(first.Id, winner.LessonId);
        await (await cityExecutive.PostJsonAsync($"{url}/winner", new { nominationId = b.Id })).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/award-already-decided");

        var page = await (await anonymous.GetAsync(url, Cancel)).ReadAsync<FailureOfTheYearDto>();
        Assert.Equal((Tree.City.Id, first.Id), (page.CityId, page.Winner?.LessonId));
        Assert.Empty(page.Nominations);
        var signedIn = await (await politician.GetAsync(url, Cancel)).ReadAsync<FailureOfTheYearDto>();
        Assert.Equal([a.Id, b.Id], signedIn.Shortlist.Select(n => n.Id));

        // A winner whose lesson is not public is not shown to anonymous readers.
        await SendAsync(new UpdateLesson.Command(first.Id, null, null, first.Title, null, null, null, null, [], Core.Domain.Lessons.LessonVisibility.Organisation, true));
        Assert.Null((await (await anonymous.GetAsync(url, Cancel)).ReadAsync<FailureOfTheYearDto>()).Winner);
    }

    [Fact]
    public async Task Winners_ThroughTheYears_NewestFirst_EachAtItsLessonsVisibility()
    {
        var lastYears = await SharedAsync("Förra årets misslyckande");
        var thisYears = await SharedAsync("Årets eget misslyckande", "Organisation");
        using var cityExecutive = await ClientAsync((Role.Executive, Tree.City.Id));
        using var anonymous = App.CreateClient();
        foreach (var (year, lesson) in new[] { (Year - 1, lastYears), (Year, thisYears) })
        {
            var url = $"/api/v1/awards/failure-of-the-year/{year}";
            var nomination = await (await Manager.PostJsonAsync($"{url}/nominations", new { lessonId = lesson.Id, motivation = "Lärorikt" })).ReadAsync<NominationDto>();
            await (await cityExecutive.PostJsonAsync($"{url}/nominations/{nomination.Id}/shortlist", null)).ReadAsync<NominationDto>();
            await (await cityExecutive.PostJsonAsync($"{url}/winner", new { nominationId = nomination.Id })).ReadAsync<AwardWinnerDto>();
        }

        var signedIn = await (await Manager.GetAsync("/api/v1/awards/failure-of-the-year", Cancel)).ReadAsync<FailureOfTheYearWinnersDto>();
        Assert.Equal(Tree.City.Id, signedIn.CityId);
        Assert.Equal([(Year, thisYears.Id), (Year - 1, lastYears.Id)], signedIn.Winners.Select(w => (w.Year, w.LessonId)));
        var open = await (await anonymous.GetAsync($"/api/v1/awards/failure-of-the-year?cityId={Tree.City.Id}", Cancel)).ReadAsync<FailureOfTheYearWinnersDto>();
        Assert.Equal([lastYears.Id], open.Winners.Select(w => w.LessonId));

        var page = await anonymous.GetPageAsync($"/awards/failure-of-the-year/{Year}");
        var rows = page.QuerySelectorAll("#winners-heading ~ table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal([(Year - 1).ToString(CultureInfo.InvariantCulture)], rows.Select(r => r.Trim()[..4]));
        Assert.Contains(lastYears.Title, rows[0], StringComparison.Ordinal);
        await (await anonymous.GetAsync($"/api/v1/awards/failure-of-the-year?cityId={Guid.Empty}", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AllZeroOrMissingIds_Are400NamingTheField()
    {
        using var cityExecutive = await ClientAsync((Role.Executive, Tree.City.Id));
        using var anonymous = App.CreateClient();
        var url = $"/api/v1/awards/failure-of-the-year/{Year}";

        var list = await (await anonymous.GetAsync($"/api/v1/lessons?unitId={Guid.Empty}", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        var award = await (await anonymous.GetAsync($"{url}?cityId={Guid.Empty}", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        var noWinner = await (await cityExecutive.PostJsonAsync($"{url}/winner", new { })).AssertProblemAsync(HttpStatusCode.BadRequest);
        var zeroWinner = await (await cityExecutive.PostJsonAsync($"{url}/winner", new { nominationId = Guid.Empty })).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(list.ErrorsFor("unitId"));
        Assert.NotEmpty(award.ErrorsFor("cityId"));
        Assert.NotEmpty(noWinner.ErrorsFor("nominationId"));
        Assert.NotEmpty(zeroWinner.ErrorsFor("nominationId"));
        // Deciding stays the executives': others are refused before the input is looked at.
        await (await Manager.PostJsonAsync($"{url}/winner", new { })).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ALesson_FromACollaborationItsUnitTakesPartIn_NamesIt_AndTheLibraryFiltersByIt()
    {
        var ours = await SendAsync(new Core.Features.Collaborations.CreateCollaboration.Command(
            Tree.Unit.Id, "Trygga skolvägar", "Syfte", [Tree.Unit.Id, Tree.OtherUnit.Id], [], [], Today, null, null, null));
        var others = await SendAsync(new Core.Features.Collaborations.CreateCollaboration.Command(
            Tree.OtherUnit.Id, "Annan samverkan", "Syfte", [Tree.OtherUnit.Id], [], [], Today, null, null, null));
        var plain = await CreateAsync(Manager, "Utan samverkan");

        var created = await Manager.PostJsonAsync("/api/v1/lessons", new { unitId = Tree.Unit.Id, title = "Från samverkan", visibility = "Public", isFailure = false, collaborationId = ours.Id });
        var foreign = await Manager.PostJsonAsync("/api/v1/lessons", new { unitId = Tree.Unit.Id, title = "Fel samverkan", visibility = "Public", isFailure = false, collaborationId = others.Id });

        var lesson = await created.ReadAsync<LessonDto>();
        Assert.Equal((ours.Id, "Trygga skolvägar"), (lesson.CollaborationId, lesson.CollaborationName));
        Assert.NotEmpty((await foreign.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("collaborationId"));
        Assert.Equal([lesson.Id], await ListedAsync(Manager, $"?collaborationId={ours.Id}"));
        Assert.Contains(plain.Id, await ListedAsync(Manager));
        Assert.NotEmpty((await (await Manager.GetAsync($"/api/v1/lessons?collaborationId={Guid.Empty}", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("collaborationId"));

        // A revision that leaves the collaboration out unlinks it, like the goal.
        var etag = (await Manager.GetAsync($"/api/v1/lessons/{lesson.Id}", Cancel)).Headers.ETag!.Tag;
        var revised = await (await Manager.PutJsonAsync($"/api/v1/lessons/{lesson.Id}", new { title = "Från samverkan", visibility = "Public", isFailure = false }, etag)).ReadAsync<LessonDto>();
        Assert.Null(revised.CollaborationId);
    }

    [Fact]
    public async Task DeleteUnit_WithLessons_IsRefused()
    {
        var leaf = await SendAsync(new CreateUnit.Command(UnitKind.Unit, "Lärande enhet", "LAR", Tree.Unit.Id, null, null));
        await SendAsync(new CreateLesson.Command(leaf.Id, null, "Lärdom", null, null, null, null, [], Core.Domain.Lessons.LessonVisibility.Public, false));

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new DeleteUnit.Command(leaf.Id, null)));

        Assert.Equal(DomainRules.UnitHasHistory, refused.Rule);
    }

    [Fact]
    public async Task AuditTrail_HidesADraftLessonsTexts_FromReadersWhoMayNotReadIt()
    {
        await CreateAsync(Manager, "Hemlig lärdom");
        using var administrator = await ClientAsync((Role.Administrator, null));

        var audit = await (await administrator.GetAsync("/api/v1/audit?entityType=Lesson", Cancel)).ReadAsync<JsonElement>();
        var text = audit.GetRawText();

        Assert.Contains("CreateLesson", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hemlig lärdom", text, StringComparison.Ordinal);
        var history = await (await Executive.GetAsync($"/api/v1/units/{Tree.Unit.Id}/history", Cancel)).ReadAsync<JsonElement>();
        Assert.Contains("Hemlig lärdom", history.GetRawText(), StringComparison.Ordinal);
    }
}
