using System.Net;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.IntegrationTests.Infrastructure;

namespace GovernanceDialogue.IntegrationTests.Dialogues;

/// <summary>Following agreements up: notes, done, dropped, revised; and what each person still owes.</summary>
public sealed class AgreementTests : DialogueTest
{
    private AgreementDto leadership = default!;
    private AgreementDto unit = default!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await HoldAsync(
            Ours,
            new AgreementInput("Förvaltningen ordnar lokaler", AgreementSide.Leadership, "Förvaltningschef", Today.AddDays(30)),
            new AgreementInput("Skolan följer upp närvaron", AgreementSide.Unit, "Rektor", Today.AddDays(10)));
        var made = await SendAsync(new ListAgreements.Query(DialogueId: Ours));
        (leadership, unit) = (made.Single(a => a.Side == AgreementSide.Leadership), made.Single(a => a.Side == AgreementSide.Unit));
    }

    [Fact]
    public async Task DialogueAgreements_ListEveryStatus_OpenOnesFirstThenByDueDate()
    {
        // The unit's agreement is due first, but once done it goes after the open one.
        await SendAsync(new CompleteAgreement.Command(unit.Id, null, null));

        var listed = await (await Executive.GetAsync($"/api/v1/dialogues/{Ours}/agreements", Cancel)).ReadAsync<List<AgreementDto>>();

        Assert.Equal([(leadership.Id, AgreementStatus.Open), (unit.Id, AgreementStatus.Done)], listed.Select(a => (a.Id, a.Status)));
    }

    [Fact]
    public async Task UnitAgreements_AreTheOpenOnesByDefault_AndStatusChoosesAnother()
    {
        var later = await (await Executive.PostJsonAsync($"/api/v1/dialogues/{Ours}/agreements", new
        {
            description = "Ledningen återkommer om bemanningen",
            side = "Leadership",
            responsible = "Förvaltningschef",
            dueOn = Today.AddDays(20),
        })).ReadAsync<AgreementDto>();
        await SendAsync(new DropAgreement.Command(leadership.Id, null, "Lokalerna ordnades på annat sätt."));
        var url = $"/api/v1/units/{Tree.Unit.Id}/agreements";

        var open = await (await Manager.GetAsync(url, Cancel)).ReadAsync<List<AgreementDto>>();
        var dropped = await (await Manager.GetAsync(url + "?status=Dropped", Cancel)).ReadAsync<List<AgreementDto>>();
        var done = await (await Manager.GetAsync(url + "?status=Done", Cancel)).ReadAsync<List<AgreementDto>>();

        Assert.Equal([unit.Id, later.Id], open.Select(a => a.Id));
        Assert.Equal([leadership.Id], dropped.Select(a => a.Id));
        Assert.Empty(done);
        await (await Manager.GetAsync(url + "?status=Lost", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Commitments_ShowEachSideWhatItStillOwes_OverdueFlagged()
    {
        var asExecutive = await (await Executive.GetAsync("/api/v1/me/commitments", Cancel)).ReadAsync<ListMyCommitments.Response>();
        var asManager = await (await Manager.GetAsync("/api/v1/me/commitments", Cancel)).ReadAsync<ListMyCommitments.Response>();
        Assert.Equal([leadership.Id], asExecutive.AsLeadership.Select(a => a.Id));
        Assert.Empty(asExecutive.AsUnit);
        Assert.Empty(asManager.AsLeadership);
        Assert.Equal([unit.Id], asManager.AsUnit.Select(a => a.Id));
        Assert.False(asManager.AsUnit[0].Overdue);

        App.Clock.Advance(TimeSpan.FromDays(11));
        var later = await (await Manager.GetAsync("/api/v1/me/commitments", Cancel)).ReadAsync<ListMyCommitments.Response>();
        Assert.True(later.AsUnit[0].Overdue);

        using var outsider = await ClientAsync((Role.Executive, Tree.OtherAdministration.Id));
        var none = await (await outsider.GetAsync("/api/v1/me/commitments", Cancel)).ReadAsync<ListMyCommitments.Response>();
        Assert.Empty(none.AsLeadership);
    }

    [Fact]
    public async Task FollowUp_NotesDoneAndDropped_AndAClosedAgreementNoLongerChanges()
    {
        var noted = await (await Manager.PostJsonAsync($"/api/v1/agreements/{unit.Id}/notes", new { text = "Närvaron mäts varje vecka." })).ReadAsync<AgreementDto>();
        Assert.Equal(["Närvaron mäts varje vecka."], noted.Notes.Select(n => n.Text));

        var done = await (await Manager.PostJsonAsync($"/api/v1/agreements/{unit.Id}/done", new { note = "Rutinen sitter." })).ReadAsync<AgreementDto>();
        Assert.Equal((AgreementStatus.Done, 2), (done.Status, done.Notes.Count));
        await (await Manager.PostJsonAsync($"/api/v1/agreements/{unit.Id}/drop", new { reason = "Ändrat oss" })).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/agreement-closed");

        await (await Executive.PostJsonAsync($"/api/v1/agreements/{leadership.Id}/drop", new { reason = " " })).AssertProblemAsync(HttpStatusCode.BadRequest);
        var dropped = await (await Executive.PostJsonAsync($"/api/v1/agreements/{leadership.Id}/drop", new { reason = "Lokalerna ordnades på annat sätt." })).ReadAsync<AgreementDto>();
        Assert.Equal((AgreementStatus.Dropped, "Lokalerna ordnades på annat sätt."), (dropped.Status, dropped.DropReason));
    }

    [Fact]
    public async Task Revising_NeedsTheETag_AndCannotMoveTheDueDateBeforeTheMeeting()
    {
        var read = await Executive.GetAsync($"/api/v1/agreements/{leadership.Id}", Cancel);
        object Body(string description, DateOnly due) => new { description, responsible = "Stadsdirektören", dueOn = due };

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await Executive.PutJsonAsync($"/api/v1/agreements/{leadership.Id}", Body("Ny", Today.AddDays(40)))).StatusCode);
        var early = await (await Executive.PutJsonAsync($"/api/v1/agreements/{leadership.Id}", Body("Ny", Today.AddDays(-1)), read.ETagOf())).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(early.ErrorsFor("dueOn"));
        var revised = await (await Executive.PutJsonAsync($"/api/v1/agreements/{leadership.Id}", Body("Större lokaler", Today.AddDays(40)), read.ETagOf())).ReadAsync<AgreementDto>();
        Assert.Equal(("Större lokaler", "Stadsdirektören", AgreementSide.Leadership), (revised.Description, revised.Responsible, revised.Side));
        await (await Executive.PutJsonAsync($"/api/v1/agreements/{leadership.Id}", Body("Igen", Today.AddDays(40)), read.ETagOf())).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task OpenAgreements_CarryIntoTheNextCycle_AndTheNotesWrittenThereJoinTheirHistory()
    {
        await SendAsync(new CompleteAgreement.Command(unit.Id, null, null));
        await SendAsync(new Core.Features.Cycles.CloseCycle.Command(Cycle.Id, null));
        var next = await SendAsync(NewCycle(Tree.Administration.Id, 0, 5, 20, "Höst"));
        await SendAsync(new Core.Features.Cycles.OpenCycle.Command(next.Id, null));
        var nextDialogue = await DialogueOfAsync(Tree.Unit.Id, next.Id);

        var read = await Manager.GetAsync($"/api/v1/dialogues/{nextDialogue}", Cancel);
        var dialogue = await read.ReadAsync<Core.Features.Dialogues.DialogueDto>();
        Assert.Equal([leadership.Id], dialogue.FollowUps.Select(f => f.AgreementId));
        Assert.Equal("Vår", dialogue.FollowUps[0].CycleName);

        (await Manager.PutJsonAsync($"/api/v1/dialogues/{nextDialogue}/notes", new
        {
            goals = Goals.Select(g => new { goalId = g, assessment = "OnTrack" }),
            followUps = new[] { new { agreementId = leadership.Id, note = "Vi väntar fortfarande på lokalerna." } },
        }, read.ETagOf())).EnsureSuccessStatusCode();
        (await Manager.PostJsonAsync($"/api/v1/dialogues/{nextDialogue}/submit", null)).EnsureSuccessStatusCode();

        var history = await (await Executive.GetAsync($"/api/v1/agreements/{leadership.Id}", Cancel)).ReadAsync<AgreementDto>();
        var note = Assert.Single(history.Notes);
        Assert.Equal(("Vi väntar fortfarande på lokalerna.", nextDialogue), (note.Text, note.DialogueId!.Value));
    }
}
