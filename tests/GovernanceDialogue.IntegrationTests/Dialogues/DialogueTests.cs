using System.Net;
using System.Text.Json;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Audit;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Dialogues;

/// <summary>Preparing, submitting, the meeting and its agreements, closing and reopening; and bad input at each step.</summary>
public sealed class DialogueTests : DialogueTest
{
    private async Task<(DialogueDto Dialogue, string ETag)> ReadAsync(HttpClient client)
    {
        var response = await client.GetAsync($"/api/v1/dialogues/{Ours}", Cancel);
        return (await response.ReadAsync<DialogueDto>(), response.ETagOf());
    }

    [Fact]
    public async Task TheManager_SavesDraftNotes_AndReadsThemBack()
    {
        var (dialogue, etag) = await ReadAsync(Manager);
        Assert.True(dialogue.Can.Prepare);
        Assert.Equal(DefaultTemplate.Questions.Select(q => q.Key), dialogue.Questions.Select(q => q.Key));

        var saved = await Manager.PutJsonAsync($"/api/v1/dialogues/{Ours}/notes", new
        {
            answers = new[] { new { key = "went-well", text = "  Rastvärdarna gör skillnad.  " }, new { key = "equality", text = "" } },
            goals = new[] { new { goalId = Goals[1], assessment = "Uncertain", narrative = "För tidigt att säga." } },
        }, etag);

        var dto = await saved.ReadAsync<DialogueDto>();
        Assert.Equal("Rastvärdarna gör skillnad.", dto.Questions.Single(q => q.Key == "went-well").Answer);
        Assert.Null(dto.Questions.Single(q => q.Key == "equality").Answer);
        Assert.Equal([null, Assessment.Uncertain], dto.Goals.Select(g => g.Assessment));
        Assert.Equal(DialogueStatus.Preparing, dto.Status);
        Assert.NotEqual(etag, saved.ETagOf());
    }

    [Fact]
    public async Task Notes_WithAnUnknownQuestionOrGoal_Return400_AndAStaleETag412_AndNothingIsStored()
    {
        var (_, etag) = await ReadAsync(Manager);

        var problem = await (await Manager.PutJsonAsync($"/api/v1/dialogues/{Ours}/notes", new
        {
            answers = new[] { new { key = "no-such-question", text = "x" }, new { key = "goals", text = "Not a text question" } },
            goals = new[] { new { goalId = Guid.NewGuid(), assessment = "OnTrack" } },
        }, etag)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("answers[0].key"));
        Assert.NotEmpty(problem.ErrorsFor("answers[1].key"));
        Assert.NotEmpty(problem.ErrorsFor("goals[0].goalId"));

        (await Manager.PutJsonAsync($"/api/v1/dialogues/{Ours}/notes", new { answers = new[] { new { key = "went-well", text = "Först" } } }, etag)).EnsureSuccessStatusCode();
        await (await Manager.PutJsonAsync($"/api/v1/dialogues/{Ours}/notes", new { answers = new[] { new { key = "went-well", text = "Sist" } } }, etag))
            .AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("Först", (await DbAsync(db => db.Dialogues.SingleAsync(d => d.Id == Ours))).Answers.Single().Text);
    }

    [Fact]
    public async Task Submitting_WithAGoalNotAssessed_Returns400NamingIt_AndSubmittingTwiceIsRefused()
    {
        var (_, etag) = await ReadAsync(Manager);
        (await Manager.PutJsonAsync($"/api/v1/dialogues/{Ours}/notes", new { goals = new[] { new { goalId = Goals[0], assessment = "OnTrack" } } }, etag)).EnsureSuccessStatusCode();

        var problem = await (await Manager.PostJsonAsync($"/api/v1/dialogues/{Ours}/submit", null)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Tryggare raster", problem.ErrorsFor("goals[1].assessment").Single(), StringComparison.Ordinal);
        Assert.Equal(DialogueStatus.Preparing, await StatusAsync());

        var (_, current) = await ReadAsync(Manager);
        (await Manager.PutJsonAsync($"/api/v1/dialogues/{Ours}/notes", new { goals = Goals.Select(g => new { goalId = g, assessment = "OffTrack" }) }, current)).EnsureSuccessStatusCode();
        (await Manager.PostJsonAsync($"/api/v1/dialogues/{Ours}/submit", null)).EnsureSuccessStatusCode();
        await (await Manager.PostJsonAsync($"/api/v1/dialogues/{Ours}/submit", null)).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/dialogue-status");
        var (after, afterETag) = await ReadAsync(Manager);
        Assert.False(after.Can.Prepare);
        await (await Manager.PutJsonAsync($"/api/v1/dialogues/{Ours}/notes", new { answers = Array.Empty<object>() }, afterETag))
            .AssertProblemAsync(HttpStatusCode.Conflict, "/problems/dialogue-status");
    }

    [Fact]
    public async Task HoldingADialogueNeverSubmitted_IsRefused()
    {
        await (await Executive.PostJsonAsync($"/api/v1/dialogues/{Ours}/held", Held(Today)))
            .AssertProblemAsync(HttpStatusCode.Conflict, "/problems/dialogue-not-submitted");
        Assert.Equal(DialogueStatus.Preparing, await StatusAsync());
    }

    [Fact]
    public async Task TheMeeting_WithAnAgreementDueBeforeIt_OrInTheFuture_Returns400_AndNothingIsStored()
    {
        await SubmitAsync(Ours);

        var early = await (await Executive.PostJsonAsync($"/api/v1/dialogues/{Ours}/held", Held(Today, Today.AddDays(-1)))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(early.ErrorsFor("agreements[0]"));
        var future = await (await Executive.PostJsonAsync($"/api/v1/dialogues/{Ours}/held", Held(Today.AddDays(1)))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(future.ErrorsFor("heldOn"));

        Assert.Equal(DialogueStatus.Submitted, await StatusAsync());
        Assert.Equal(0, await DbAsync(db => db.Agreements.CountAsync()));
    }

    [Fact]
    public async Task TheMeeting_IsRecordedWithItsAgreements_MoreCanBeAdded_ThenTheDialogueCloses()
    {
        await SubmitAsync(Ours);

        var held = await (await Executive.PostJsonAsync($"/api/v1/dialogues/{Ours}/held", Held(Today, Today.AddDays(30)))).ReadAsync<DialogueDto>();
        Assert.Equal((DialogueStatus.Held, Today, "Vi stöttar med lokaler."), (held.Status, held.HeldOn!.Value, held.LeadershipResponse!));
        Assert.Equal(["Rektor", "Förvaltningschef"], held.Participants);

        var added = await Executive.PostJsonAsync($"/api/v1/dialogues/{Ours}/agreements", new { description = "Skolan följer upp närvaron", side = "Unit", responsible = "Rektor", dueOn = Today.AddDays(10) });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var tooEarly = await (await Executive.PostJsonAsync($"/api/v1/dialogues/{Ours}/agreements", new { description = "För tidigt", side = "Unit", responsible = "Rektor", dueOn = Today.AddDays(-1) }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(tooEarly.ErrorsFor("agreement.dueOn"));
        // The manager reads them, but leadership makes them.
        Assert.Equal(HttpStatusCode.Forbidden, (await Manager.PostJsonAsync($"/api/v1/dialogues/{Ours}/agreements", new { description = "X", side = "Unit", responsible = "R", dueOn = Today })).StatusCode);
        Assert.Equal(2, (await (await Manager.GetAsync($"/api/v1/dialogues/{Ours}/agreements", Cancel)).ReadAsync<List<Core.Features.Agreements.AgreementDto>>()).Count);

        (await Executive.PostJsonAsync($"/api/v1/dialogues/{Ours}/close", null)).EnsureSuccessStatusCode();
        Assert.Equal(DialogueStatus.Closed, await StatusAsync());
        await (await Executive.PostJsonAsync($"/api/v1/dialogues/{Ours}/agreements", new { description = "Sent", side = "Unit", responsible = "R", dueOn = Today.AddDays(5) }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "/problems/dialogue-status");
    }

    [Fact]
    public async Task Reopening_NeedsAReason_GoesOneStepBack_AndIsAudited()
    {
        await HoldAsync(Ours);
        (await Executive.PostJsonAsync($"/api/v1/dialogues/{Ours}/close", null)).EnsureSuccessStatusCode();

        var missing = await (await Executive.PostJsonAsync($"/api/v1/dialogues/{Ours}/reopen", new { reason = " " })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(missing.ErrorsFor("reason"));
        var reopened = await (await Executive.PostJsonAsync($"/api/v1/dialogues/{Ours}/reopen", new { reason = "Protokollet saknade en överenskommelse" })).ReadAsync<DialogueDto>();

        Assert.Equal((DialogueStatus.Held, 1, "Protokollet saknade en överenskommelse"), (reopened.Status, reopened.ReopenCount, reopened.LastReopenReason!));
        var entry = await DbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "ReopenDialogue"));
        Assert.Contains("Protokollet saknade en överenskommelse", entry.Changes, StringComparison.Ordinal);
        Assert.Equal(Tree.Unit.Id, entry.UnitId);
        await (await Manager.PostJsonAsync($"/api/v1/dialogues/{Ours}/reopen", new { reason = "Jag vill ändra" })).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task TheNotes_AreForTheManagerAndTheLeadershipAbove_NotForPoliticiansAdministratorsOrTokens()
    {
        await SendAsync(new SaveDialogueNotes.Command(Ours, null, [new("went-well", "Hemligt utkast")], [], []));
        using var politician = await ClientAsync((Role.Politician, Tree.City.Id));
        using var admin = await ClientAsync((Role.Administrator, null));
        using var otherManager = await ClientAsync((Role.UnitManager, Tree.OtherUnit.Id));
        using var token = await TokenClientAsync(["read", "write"], Tree.City.Id);

        Assert.Equal(HttpStatusCode.OK, (await Manager.GetAsync($"/api/v1/dialogues/{Ours}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Executive.GetAsync($"/api/v1/dialogues/{Ours}", Cancel)).StatusCode);
        foreach (var client in new[] { politician, admin, otherManager, token })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/dialogues/{Ours}", Cancel)).StatusCode);
        }

        // Nor through the audit trail: the administrator sees that the notes changed, not what they say.
        var audit = await (await admin.GetAsync("/api/v1/audit?entityType=Dialogue", Cancel)).ReadAsync<PagedList<AuditEntryDto>>();
        var text = JsonSerializer.Serialize(audit);
        Assert.DoesNotContain("Hemligt utkast", text, StringComparison.Ordinal);
        Assert.Contains("SaveDialogueNotes", text, StringComparison.Ordinal);
    }

    private Task<DialogueStatus> StatusAsync() => DbAsync(db => db.Dialogues.Where(d => d.Id == Ours).Select(d => d.Status).SingleAsync());

    private static object Held(DateOnly heldOn, DateOnly? agreementDue = null) => new
    {
        heldOn,
        participants = new[] { "Rektor", "Förvaltningschef" },
        leadershipResponse = "Vi stöttar med lokaler.",
        agreements = agreementDue is { } due
            ? new[] { new { description = "Förvaltningen ordnar lokaler", side = "Leadership", responsible = "Förvaltningschef", dueOn = due } }
            : [],
    };
}
