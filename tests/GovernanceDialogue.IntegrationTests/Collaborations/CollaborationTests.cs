using System.Net;
using System.Text.Json;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Collaborations;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Core.Features.Collaborations;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.IntegrationTests.Dialogues;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Collaborations;

/// <summary>
/// Collaborations through the API: started by the lead unit's leaders with other units and external partners,
/// moved on Glasbergen's ladder with a reflection on trust, revised under If-Match, with agreements that are agreements
/// like any dialogue's (followed up by the unit they bind, carried into its next dialogue, in its commitments), and
/// shown in every participating unit's dialogue preparation.
/// </summary>
public sealed class CollaborationTests : DialogueTest
{
    private object Body(string name = "Trygga vägar till skolan", Guid? lead = null, Guid[]? units = null, Guid[]? goals = null, object[]? partners = null) => new
    {
        leadUnitId = lead ?? Tree.Unit.Id,
        name,
        purpose = "Fler barn går och cyklar tryggt till skolan",
        unitIds = units ?? [Tree.Unit.Id, Tree.OtherUnit.Id],
        partners = partners ?? [new { name = "Solviks cykelförening", sector = "CivilSociety" }, new { name = "Trafikverket", sector = "Public" }],
        goalIds = goals ?? [Goals[0]],
        startedOn = Today.AddDays(-30),
    };

    private static object[] Trust(string level = "Growing", params string[] skip) => Enum.GetNames<TrustAspect>().Where(a => !skip.Contains(a))
        .Select(a => (object)new { aspect = a, level, note = a == "Openness" ? "Vi delar data öppet" : null }).ToArray();

    private async Task<(CollaborationDto Collaboration, string ETag)> CreateAsync(HttpClient? client = null, object? body = null)
    {
        var response = await (client ?? Manager).PostJsonAsync("/api/v1/collaborations", body ?? Body());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadAsync<CollaborationDto>(), response.ETagOf());
    }

    private Task<int> CountAsync() => DbAsync(db => db.Collaborations.CountAsync(Cancel));

    [Fact]
    public async Task Create_StartsOnTheFirstStep_WithItsUnitsPartnersGoalsAndHistory()
    {
        var response = await Manager.PostJsonAsync("/api/v1/collaborations", Body());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadAsync<CollaborationDto>();
        Assert.EndsWith($"/api/v1/collaborations/{created.Id}", response.Headers.Location!.ToString());

        var read = await Manager.GetAsync($"/api/v1/collaborations/{created.Id}", Cancel);
        Assert.Equal(response.ETagOf(), read.ETagOf());
        var collaboration = await read.ReadAsync<CollaborationDto>();
        Assert.Equal((LadderStage.BuildTrust, 1, true), (collaboration.Stage, collaboration.Step, collaboration.Active));
        Assert.Equal((Tree.Unit.Id, "Ekskolan"), (collaboration.LeadUnitId, collaboration.LeadUnitName));
        Assert.Equal(["Ekskolan", "Hemtjänst Norr"], collaboration.Units.Select(u => u.Name));
        Assert.Equal([("Solviks cykelförening", PartnerSector.CivilSociety), ("Trafikverket", PartnerSector.Public)], collaboration.Partners.Select(p => (p.Name, p.Sector)));
        Assert.Equal(("Fler elever når målen", "Ekskolan"), (Assert.Single(collaboration.Goals).Title, collaboration.Goals[0].UnitName));
        var start = Assert.Single(collaboration.History);
        Assert.Equal((null, LadderStage.BuildTrust), (start.From, start.To));
        var json = await (await Manager.GetAsync($"/api/v1/collaborations/{created.Id}", Cancel)).ReadAsync<JsonElement>();
        Assert.Equal(("BuildTrust", 1), (json.GetProperty("stage").GetString(), json.GetProperty("step").GetInt32()));
    }

    [Fact]
    public async Task Create_WithBadInput_AnswersProblemDetailsNamingTheField_AndStoresNothing()
    {
        async Task AssertRefusedAsync(object body, string field)
        {
            var problem = await (await Manager.PostJsonAsync("/api/v1/collaborations", body)).AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.ErrorsFor(field).Length > 0, $"expected an error on {field}: {problem}");
        }

        await AssertRefusedAsync(Body(units: []), "unitIds");
        await AssertRefusedAsync(Body(units: [Tree.OtherUnit.Id]), "leadUnitId");
        await AssertRefusedAsync(Body(units: [Tree.Unit.Id, Guid.NewGuid()]), "unitIds");
        await AssertRefusedAsync(Body(units: [Tree.Unit.Id], goals: [Guid.NewGuid()]), "goalIds");
        await AssertRefusedAsync(Body(name: " "), "name");
        await AssertRefusedAsync(Body(partners: [new { name = "Företaget AB" }]), "partners[0].sector");
        await AssertRefusedAsync(new { leadUnitId = Tree.Unit.Id, name = "X", purpose = "Y", unitIds = new[] { Tree.Unit.Id }, startedOn = Today, endedOn = Today.AddDays(-1) }, "endedOn");
        Assert.Equal(HttpStatusCode.BadRequest, (await Manager.PostJsonAsync("/api/v1/collaborations", """{"leadUnitId":"x"}""")).StatusCode);

        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Writes_NeedTheLeadUnitsLeaders_ButEveryoneWithARoleReads()
    {
        using var otherManager = await ClientAsync((Role.UnitManager, Tree.OtherUnit.Id));
        await (await otherManager.PostJsonAsync("/api/v1/collaborations", Body())).AssertProblemAsync(HttpStatusCode.Forbidden);
        var (collaboration, etag) = await CreateAsync(Executive);

        // Hemtjänst Norr takes part, but Ekskolan leads: its manager reads, follows up its own agreements, but does not keep the record.
        (await otherManager.GetAsync($"/api/v1/collaborations/{collaboration.Id}", Cancel)).EnsureSuccessStatusCode();
        await (await otherManager.PostJsonAsync($"/api/v1/collaborations/{collaboration.Id}/stage", new { stage = "MutualBenefit", reflection = "R", trust = Trust() }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        using var politician = await ClientAsync((Role.Politician, Tree.City.Id));
        (await politician.GetAsync($"/api/v1/collaborations/{collaboration.Id}", Cancel)).EnsureSuccessStatusCode();
        using var anonymous = NewClient();
        await (await anonymous.GetAsync("/api/v1/collaborations", Cancel)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await Manager.GetAsync($"/api/v1/collaborations/{Guid.NewGuid()}", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(etag, (await Manager.GetAsync($"/api/v1/collaborations/{collaboration.Id}", Cancel)).ETagOf());
    }

    [Fact]
    public async Task ChangeStage_KeepsEachStepWithItsReflectionAndTrust_AndRefusesTheSameStepAndBadInput()
    {
        var (collaboration, etag) = await CreateAsync();
        var url = $"/api/v1/collaborations/{collaboration.Id}/stage";

        var missing = await (await Manager.PostJsonAsync(url, new { stage = "MutualBenefit", reflection = "Vi ser nyttan", trust = Trust("Growing", "Goodwill") }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(missing.ErrorsFor("trust"));
        Assert.NotEmpty((await (await Manager.PostJsonAsync(url, new { stage = "MutualBenefit", reflection = "", trust = Trust() })).AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("reflection"));
        Assert.NotEmpty((await (await Manager.PostJsonAsync(url, new { reflection = "R", trust = Trust() })).AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("stage"));
        await (await Manager.PostJsonAsync(url, new { stage = "BuildTrust", reflection = "Samma", trust = Trust() })).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/collaboration-stage-unchanged");

        var up = await Manager.PostJsonAsync(url, new { stage = "Agreements", reflection = "Vi har lärt känna varandra och kan lova saker", trust = Trust("Strong") }, etag);
        var moved = await up.ReadAsync<CollaborationDto>();
        Assert.Equal((LadderStage.Agreements, 3), (moved.Stage, moved.Step));
        var step = moved.History[^1];
        Assert.Equal((LadderStage.BuildTrust, LadderStage.Agreements, "Vi har lärt känna varandra och kan lova saker"), (step.From, step.To, step.Reflection));
        Assert.Equal(Enum.GetValues<TrustAspect>(), step.Trust.Select(t => t.Aspect));
        Assert.All(step.Trust, t => Assert.Equal(TrustLevel.Strong, t.Level));
        Assert.Equal("Vi delar data öppet", step.Trust.Single(t => t.Aspect == TrustAspect.Openness).Note);

        // Trust can be lost: a step down is kept too. A stale ETag changes nothing.
        await (await Manager.PostJsonAsync(url, new { stage = "MutualBenefit", reflection = "R", trust = Trust() }, etag)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var down = await (await Manager.PostJsonAsync(url, new { stage = "MutualBenefit", reflection = "Partnern drog sig ur ett löfte", trust = Trust("Weak") }, up.ETagOf())).ReadAsync<CollaborationDto>();
        Assert.Equal([LadderStage.BuildTrust, LadderStage.Agreements, LadderStage.MutualBenefit], down.History.Select(h => h.To));

        var audit = await DbAsync(db => db.AuditEntries.Where(e => e.Action == nameof(ChangeCollaborationStage)).CountAsync(Cancel));
        Assert.Equal(2, audit);
    }

    [Fact]
    public async Task HandingOverTheLead_NeedsTheRightToLeadAtBothUnits_AndMovesWhoKeepsTheRecord()
    {
        var (collaboration, etag) = await CreateAsync(body: Body(units: [Tree.Unit.Id, Tree.SubUnit.Id, Tree.OtherUnit.Id]));
        var url = $"/api/v1/collaborations/{collaboration.Id}";
        object Revision(Guid? lead, Guid[]? units = null) => new
        {
            name = collaboration.Name,
            purpose = collaboration.Purpose,
            unitIds = units ?? [Tree.Unit.Id, Tree.SubUnit.Id, Tree.OtherUnit.Id],
            startedOn = collaboration.StartedOn,
            leadUnitId = lead,
        };

        // Ekskolan's manager may not hand the lead to Hemtjänst Norr, which is not theirs: nothing changes.
        await (await Manager.PutJsonAsync(url, Revision(Tree.OtherUnit.Id), etag)).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(etag, (await Manager.GetAsync(url, Cancel)).ETagOf());
        Assert.Equal(Tree.Unit.Id, await DbAsync(db => db.Collaborations.Where(c => c.Id == collaboration.Id).Select(c => c.LeadUnitId).SingleAsync(Cancel)));
        Assert.NotEmpty((await (await Manager.PutJsonAsync(url, Revision(Guid.Empty), etag)).AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("leadUnitId"));
        Assert.NotEmpty((await (await Manager.PutJsonAsync(url, Revision(Tree.SubUnit.Id, [Tree.Unit.Id]), etag)).AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("leadUnitId"));

        // To its own sub-unit it may.
        var toSub = await Manager.PutJsonAsync(url, Revision(Tree.SubUnit.Id), etag);
        Assert.Equal(Tree.SubUnit.Id, (await toSub.ReadAsync<CollaborationDto>()).LeadUnitId);
        var audit = Assert.Single(await DbAsync(db => db.AuditEntries.Where(e => e.Action == nameof(UpdateCollaboration)).ToListAsync(Cancel)));
        var lead = JsonDocument.Parse(audit.Changes).RootElement.EnumerateArray().Single(c => c.GetProperty("entity").GetString() == nameof(Collaboration))
            .GetProperty("fields").GetProperty(nameof(Collaboration.LeadUnitId));
        Assert.Equal((Tree.Unit.Id, Tree.SubUnit.Id), (lead.GetProperty("old").GetGuid(), lead.GetProperty("new").GetGuid()));

        // The city's executive leads everywhere, so hands it across the administrations; from then on Hemtjänst Norr keeps the record.
        using var cityExecutive = await ClientAsync((Role.Executive, Tree.City.Id));
        var handed = await (await cityExecutive.PutJsonAsync(url, Revision(Tree.OtherUnit.Id), toSub.ETagOf())).ReadAsync<CollaborationDto>();
        Assert.Equal((Tree.OtherUnit.Id, "Hemtjänst Norr"), (handed.LeadUnitId, handed.LeadUnitName));
        await (await Manager.PostJsonAsync($"{url}/stage", new { stage = "MutualBenefit", reflection = "R", trust = Trust() })).AssertProblemAsync(HttpStatusCode.Forbidden);
        using var otherManager = await ClientAsync((Role.UnitManager, Tree.OtherUnit.Id));
        (await otherManager.PostJsonAsync($"{url}/stage", new { stage = "MutualBenefit", reflection = "Vi tar över stafettpinnen", trust = Trust() })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Update_NeedsTheCurrentETag_KeepsTheLeadUnitUnlessHandedOver_AndAnEndDateEndsIt()
    {
        var (collaboration, etag) = await CreateAsync();
        var url = $"/api/v1/collaborations/{collaboration.Id}";
        object Revision(Guid[] units, DateOnly? endedOn = null) => new
        {
            name = "Trygga skolvägar",
            purpose = "Samma syfte",
            unitIds = units,
            partners = new[] { new { name = "Föräldrarna", sector = "Citizens" } },
            goalIds = Array.Empty<Guid>(),
            startedOn = Today.AddDays(-30),
            endedOn,
        };

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await Manager.PutJsonAsync(url, Revision([Tree.Unit.Id]))).StatusCode);
        Assert.NotEmpty((await (await Manager.PutJsonAsync(url, Revision([Tree.OtherUnit.Id]), etag)).AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("unitIds"));
        var saved = await Manager.PutJsonAsync(url, Revision([Tree.Unit.Id, Tree.SubUnit.Id]), etag);
        var revised = await saved.ReadAsync<CollaborationDto>();
        Assert.Equal(("Trygga skolvägar", 2, PartnerSector.Citizens), (revised.Name, revised.Units.Count, revised.Partners.Single().Sector));
        Assert.Empty(revised.Goals);
        Assert.Contains(revised.Units, u => u.Id == Tree.SubUnit.Id);
        await (await Manager.PutJsonAsync(url, Revision([Tree.Unit.Id]), etag)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);

        var ended = await (await Manager.PutJsonAsync(url, Revision([Tree.Unit.Id, Tree.SubUnit.Id], Today), saved.ETagOf())).ReadAsync<CollaborationDto>();
        Assert.False(ended.Active);
        await (await Manager.PostJsonAsync($"{url}/stage", new { stage = "MutualBenefit", reflection = "R", trust = Trust() }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "/problems/collaboration-ended");
        await (await Manager.PostJsonAsync($"{url}/agreements", new { unitId = Tree.Unit.Id, description = "D", side = "Unit", responsible = "R", dueOn = Today.AddDays(9) }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "/problems/collaboration-ended");
        Assert.Equal(0, await DbAsync(db => db.Agreements.CountAsync(a => a.CollaborationId == collaboration.Id, Cancel)));
    }

    [Fact]
    public async Task Agreements_AreAgreements_FollowedUpByTheUnitTheyBind_AndCarriedIntoItsNextDialogue()
    {
        var (collaboration, _) = await CreateAsync();
        var url = $"/api/v1/collaborations/{collaboration.Id}/agreements";
        Assert.NotEmpty((await (await Manager.PostJsonAsync(url, new { unitId = Tree.OtherAdministration.Id, description = "D", side = "Unit", responsible = "R", dueOn = Today.AddDays(9) }))
            .AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("unitId"));
        Assert.NotEmpty((await (await Manager.PostJsonAsync(url, new { unitId = Tree.OtherUnit.Id, description = "D", side = "Unit", responsible = "R", dueOn = Today.AddDays(-1) }))
            .AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("agreement.dueOn"));
        Assert.NotEmpty((await (await Manager.PostJsonAsync(url, new { unitId = Tree.OtherUnit.Id, description = "", side = "Unit", responsible = "R", dueOn = Today }))
            .AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("agreement.description"));

        var response = await Manager.PostJsonAsync(url, new { unitId = Tree.OtherUnit.Id, description = "Hemtjänsten delar sina körvägar", side = "Unit", responsible = "Trafikverket och enhetschefen", dueOn = Today.AddDays(30) });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var agreement = await response.ReadAsync<AgreementDto>();
        Assert.EndsWith($"/api/v1/agreements/{agreement.Id}", response.Headers.Location!.ToString());
        Assert.Equal((Tree.OtherUnit.Id, collaboration.Id, "Trygga vägar till skolan", (Guid?)null, (string?)null), (agreement.UnitId, agreement.CollaborationId!.Value, agreement.CollaborationName, agreement.DialogueId, agreement.CycleName));
        Assert.Equal([agreement.Id], (await (await Manager.GetAsync(url, Cancel)).ReadAsync<List<AgreementDto>>()).Select(a => a.Id));

        // The unit it binds follows it up like any agreement: it owes it, revises it, and its next dialogue carries it.
        using var otherManager = await ClientAsync((Role.UnitManager, Tree.OtherUnit.Id));
        var owed = await (await otherManager.GetAsync("/api/v1/me/commitments", Cancel)).ReadAsync<ListMyCommitments.Response>();
        Assert.Equal([agreement.Id], owed.AsUnit.Select(a => a.Id));
        var read = await otherManager.GetAsync($"/api/v1/agreements/{agreement.Id}", Cancel);
        Assert.NotEmpty((await (await otherManager.PutJsonAsync($"/api/v1/agreements/{agreement.Id}", new { description = "Ny", responsible = "R", dueOn = Today.AddDays(-1) }, read.ETagOf()))
            .AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("dueOn"));
        (await otherManager.PutJsonAsync($"/api/v1/agreements/{agreement.Id}", new { description = "Hemtjänsten delar körvägar varje månad", responsible = "Enhetschefen", dueOn = Today.AddDays(40) }, read.ETagOf()))
            .EnsureSuccessStatusCode();

        var cycle = await SendAsync(NewCycle(Tree.OtherAdministration.Id, -1, 5, 30, "Omsorgens vår"));
        await SendAsync(new OpenCycle.Command(cycle.Id, null));
        var dialogueId = await DialogueOfAsync(Tree.OtherUnit.Id, cycle.Id);
        var dialogue = await (await otherManager.GetAsync($"/api/v1/dialogues/{dialogueId}", Cancel)).ReadAsync<DialogueDto>();
        var followUp = Assert.Single(dialogue.FollowUps);
        Assert.Equal((agreement.Id, "Trygga vägar till skolan", (string?)null), (followUp.AgreementId, followUp.CollaborationName, followUp.CycleName));

        var done = await (await otherManager.PostJsonAsync($"/api/v1/agreements/{agreement.Id}/done", new { note = "Klart" })).ReadAsync<AgreementDto>();
        Assert.Equal(AgreementStatus.Done, done.Status);
        Assert.Equal([agreement.Id], (await (await Manager.GetAsync($"{url}?status=Done", Cancel)).ReadAsync<List<AgreementDto>>()).Select(a => a.Id));
        Assert.Empty(await (await Manager.GetAsync($"{url}?status=Open", Cancel)).ReadAsync<List<AgreementDto>>());
    }

    [Fact]
    public async Task DialoguePreparation_ShowsTheUnitsActiveCollaborationsAndTheirStep()
    {
        var (active, _) = await CreateAsync(body: Body(units: [Tree.Unit.Id]));
        await SendAsync(new ChangeCollaborationStage.Command(active.Id, null, LadderStage.ChangePractice, "Vi arbetar nu annorlunda",
            [.. Enum.GetValues<TrustAspect>().Select(a => new TrustInput(a, TrustLevel.Strong, null))]));
        var (ended, endedETag) = await CreateAsync(body: Body(name: "Avslutad samverkan", units: [Tree.Unit.Id]));
        (await Manager.PutJsonAsync($"/api/v1/collaborations/{ended.Id}", new { name = ended.Name, purpose = "P", unitIds = new[] { Tree.Unit.Id }, startedOn = Today.AddDays(-30), endedOn = Today.AddDays(-1) }, endedETag))
            .EnsureSuccessStatusCode();
        await CreateAsync(Executive, Body(name: "Andras samverkan", lead: Tree.SubUnit.Id, units: [Tree.SubUnit.Id], goals: []));

        var dialogue = await (await Manager.GetAsync($"/api/v1/dialogues/{Ours}", Cancel)).ReadAsync<DialogueDto>();
        var shown = Assert.Single(dialogue.Collaborations);
        Assert.Equal((active.Id, LadderStage.ChangePractice, 4), (shown.Id, shown.Stage, shown.Step));

        var page = await Manager.GetPageAsync($"/dialogues/{Ours}");
        var section = page.QuerySelector("section[aria-labelledby=collaborations-heading]")!;
        Assert.Equal(["Trygga vägar till skolan"], section.QuerySelectorAll("li a").Select(a => a.TextContent));
        Assert.Contains("Steg 4 av 5: Förändrad praktik", section.TextContent);
    }

    [Fact]
    public async Task List_FiltersByParticipatingUnitInTheSubtree_StageAndActive()
    {
        var (school, _) = await CreateAsync(body: Body(units: [Tree.Unit.Id]));
        var (shared, _) = await CreateAsync(body: Body(name: "Gemensam", units: [Tree.Unit.Id, Tree.OtherUnit.Id]));
        await SendAsync(new ChangeCollaborationStage.Command(shared.Id, null, LadderStage.MutualBenefit, "R", [.. Enum.GetValues<TrustAspect>().Select(a => new TrustInput(a, TrustLevel.Growing, null))]));
        using var token = await TokenClientAsync(["read"], Tree.OtherAdministration.Id);

        async Task<List<Guid>> ListAsync(string query) =>
            (await (await token.GetAsync($"/api/v1/collaborations{query}", Cancel)).ReadAsync<PagedList<CollaborationSummaryDto>>()).Items.Select(c => c.Id).ToList();

        Assert.Equal([shared.Id, school.Id], await ListAsync(""));
        Assert.Equal([shared.Id], await ListAsync($"?unitId={Tree.OtherAdministration.Id}"));
        Assert.Equal([shared.Id, school.Id], await ListAsync($"?unitId={Tree.Administration.Id}"));
        Assert.Equal([shared.Id], await ListAsync("?stage=MutualBenefit"));
        Assert.Empty(await ListAsync("?active=false"));
        await (await token.GetAsync($"/api/v1/collaborations?unitId={Guid.Empty}", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await token.GetAsync("/api/v1/collaborations?stage=Top", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await token.GetAsync($"/api/v1/collaborations?unitId={Guid.NewGuid()}", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
