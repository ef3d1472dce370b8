using System.Net;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Dialogues;

public sealed class CycleTests : DialogueTest
{
    [Fact]
    public async Task Opening_CreatesOneDialoguePerActiveUnitInScope_WithTheUnitsGoals()
    {
        var dialogues = await DbAsync(db => db.Dialogues.Where(d => d.CycleId == Cycle.Id).ToListAsync());

        Assert.Equal(new[] { Tree.Unit.Id, Tree.SubUnit.Id }.Order(), dialogues.Select(d => d.UnitId).Order());
        var ours = dialogues.Single(d => d.Id == Ours);
        Assert.Equal(Goals, ours.Goals.OrderBy(g => g.Rank).Select(g => g.GoalId));
        Assert.All(dialogues, d => Assert.Equal(Cycle.TemplateVersionId, d.TemplateVersionId));
        Assert.Equal((CycleStatus.Open, CyclePhase.Preparing), (Cycle.Status, Cycle.Phase));
    }

    [Fact]
    public async Task OpeningAgain_ChangesNothing_AndAfterACrashHalfWayFillsInWhatIsMissing()
    {
        // A crash half-way: the cycle is scheduled again and only one unit's dialogue made it.
        var other = await SendAsync(NewCycle(Tree.OtherAdministration.Id, -1, 10, 20));
        var second = await SendAsync(new Core.Features.Units.CreateUnit.Command(Core.Domain.Organisation.UnitKind.Unit, "Hemtjänst Syd", "HTS", Tree.OtherAdministration.Id, null, new DateOnly(2020, 1, 1)));
        await DbAsync(db => db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO dialogues (id, cycle_id, unit_id, template_version_id, status, answers, participants, created_at, unfinished_at_cycle_close, reopen_count)
            SELECT gen_random_uuid(), {other.Id}, {Tree.OtherUnit.Id}, v.id, 'Preparing', '[]'::jsonb, ARRAY[]::text[], now(), false, 0
            FROM dialogue_template_versions v WHERE v.template_id = {other.TemplateId} LIMIT 1
            """));

        await SendAsync(new OpenCycle.Command(other.Id, null));
        await SendAsync(new OpenCycle.Command(other.Id, null));

        var units = await DbAsync(db => db.Dialogues.Where(d => d.CycleId == other.Id).Select(d => d.UnitId).ToListAsync());
        Assert.Equal(new[] { Tree.OtherUnit.Id, second.Id }.Order(), units.Order());
    }

    [Fact]
    public async Task ClosedUnits_GetNoDialogue()
    {
        await SendAsync(new CloseUnit.Command(Tree.OtherUnit.Id, Today.AddDays(-1), null));
        var other = await SendAsync(NewCycle(Tree.OtherAdministration.Id, -1, 10, 20));

        await SendAsync(new OpenCycle.Command(other.Id, null));

        Assert.Equal(0, await DbAsync(db => db.Dialogues.CountAsync(d => d.CycleId == other.Id)));
    }

    [Fact]
    public async Task ACycleOverlappingAnotherForTheSameUnits_IsRefused_AndNothingIsStored()
    {
        using var admin = await ClientAsync((Role.Administrator, null));
        var before = await DbAsync(db => db.Cycles.CountAsync());

        // The same units through the city: the window overlaps the open administration cycle.
        var overlapping = await admin.PostJsonAsync("/api/v1/cycles", Body(Tree.City.Id, 0, 10, 20));
        await overlapping.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/cycle-overlaps");

        // Another administration's units are free; a unit is no scope.
        (await admin.PostJsonAsync("/api/v1/cycles", Body(Tree.OtherAdministration.Id, 0, 10, 20))).EnsureSuccessStatusCode();
        await (await admin.PostJsonAsync("/api/v1/cycles", Body(Tree.Unit.Id, 100, 110, 120))).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/cycle-scope");
        Assert.Equal(before + 1, await DbAsync(db => db.Cycles.CountAsync()));
    }

    [Fact]
    public async Task OpeningACycleThatNowOverlapsAnOpenOne_IsRefused()
    {
        var later = await SendAsync(NewCycle(Tree.City.Id, 40, 50, 60));
        // Moved into the open cycle's window while scheduled (the update checks it too), so go around it in the database.
        await DbAsync(db => db.Cycles.Where(c => c.Id == later.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.OpensOn, Today.AddDays(-1))));

        var response = await Executive.PostJsonAsync($"/api/v1/cycles/{later.Id}/open", null);

        // The executive leads the school administration, not the city.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var admin = await ClientAsync((Role.Administrator, null));
        await (await admin.PostJsonAsync($"/api/v1/cycles/{later.Id}/open", null)).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/cycle-overlaps");
        Assert.Equal(CycleStatus.Scheduled, await DbAsync(db => db.Cycles.Where(c => c.Id == later.Id).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task BadDates_Return400_AndAPassedCycleCannotOpen()
    {
        using var admin = await ClientAsync((Role.Administrator, null));
        var problem = await (await admin.PostJsonAsync("/api/v1/cycles", new
        {
            scopeUnitId = Tree.OtherAdministration.Id,
            name = "Fel",
            opensOn = Today,
            preparationDueOn = Today.AddDays(-1),
            dialoguesFrom = Today,
            dialoguesTo = Today,
            closesOn = Today,
        })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("preparationDueOn"));
        Assert.NotEmpty(problem.ErrorsFor("closesOn"));

        var passed = await SendAsync(NewCycle(Tree.OtherAdministration.Id, -30, -20, -5));
        await (await admin.PostJsonAsync($"/api/v1/cycles/{passed.Id}/open", null)).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/cycle-passed");
    }

    [Fact]
    public async Task ACycleForAnUnknownOrMissingScope_IsA400OnScopeUnitId_AndNothingIsStored()
    {
        using var admin = await ClientAsync((Role.Administrator, null));
        var before = await DbAsync(db => db.Cycles.CountAsync());

        var unknown = await (await admin.PostJsonAsync("/api/v1/cycles", Body(Guid.NewGuid(), 100, 110, 120))).AssertProblemAsync(HttpStatusCode.BadRequest);
        var missing = await (await admin.PostJsonAsync("/api/v1/cycles", new
        {
            name = "Omgång",
            opensOn = Today.AddDays(100),
            preparationDueOn = Today.AddDays(110),
            dialoguesFrom = Today.AddDays(111),
            dialoguesTo = Today.AddDays(119),
            closesOn = Today.AddDays(120),
        })).AssertProblemAsync(HttpStatusCode.BadRequest);
        // An executive may schedule cycles somewhere, so hears the same 400 rather than a 403 or a 404.
        var asExecutive = await (await Executive.PostJsonAsync("/api/v1/cycles", Body(Guid.NewGuid(), 100, 110, 120))).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(unknown.ErrorsFor("scopeUnitId"));
        Assert.NotEmpty(missing.ErrorsFor("scopeUnitId"));
        Assert.NotEmpty(asExecutive.ErrorsFor("scopeUnitId"));
        Assert.Equal(before, await DbAsync(db => db.Cycles.CountAsync()));
        using var manager = await ClientAsync((Role.UnitManager, Tree.Unit.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostJsonAsync("/api/v1/cycles", Body(Guid.NewGuid(), 100, 110, 120))).StatusCode);
    }

    [Fact]
    public async Task UpdatingAScheduledCycle_WithoutATemplate_KeepsItsTemplate_WhileSchedulingWithoutOneTakesTheDefault()
    {
        var other = await SendAsync(new Core.Features.Templates.CreateTemplate.Command("Kort", DefaultTemplate.Questions, false));
        var later = await SendAsync(NewCycle(Tree.Administration.Id, 40, 50, 60) with { TemplateId = other.Id });
        var defaulted = await SendAsync(NewCycle(Tree.OtherAdministration.Id, 40, 50, 60));
        var read = await Executive.GetAsync($"/api/v1/cycles/{later.Id}", Cancel);

        var updated = await (await Executive.PutJsonAsync($"/api/v1/cycles/{later.Id}", new
        {
            name = "Höst",
            templateId = (Guid?)null,
            opensOn = Today.AddDays(40),
            preparationDueOn = Today.AddDays(50),
            dialoguesFrom = Today.AddDays(51),
            dialoguesTo = Today.AddDays(59),
            closesOn = Today.AddDays(60),
        }, read.ETagOf())).ReadAsync<CycleDto>();

        Assert.Equal(("Höst", other.Id), (updated.Name, updated.TemplateId));
        Assert.Equal(await DbAsync(db => db.DialogueTemplates.Where(t => t.IsDefault).Select(t => t.Id).SingleAsync()), defaulted.TemplateId);
    }

    [Fact]
    public async Task UpdatingAScheduledCycle_NeedsItsETag_AndAnOpenCycleKeepsItsDates()
    {
        var later = await SendAsync(NewCycle(Tree.Administration.Id, 40, 50, 60));
        var read = await Executive.GetAsync($"/api/v1/cycles/{later.Id}", Cancel);
        object Body(string name) => new { name, opensOn = Today.AddDays(41), preparationDueOn = Today.AddDays(50), dialoguesFrom = Today.AddDays(51), dialoguesTo = Today.AddDays(59), closesOn = Today.AddDays(60) };

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await Executive.PutJsonAsync($"/api/v1/cycles/{later.Id}", Body("Höst"))).StatusCode);
        (await Executive.PutJsonAsync($"/api/v1/cycles/{later.Id}", Body("Höst"), read.ETagOf())).EnsureSuccessStatusCode();
        await (await Executive.PutJsonAsync($"/api/v1/cycles/{later.Id}", Body("Sen höst"), read.ETagOf())).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var open = await Executive.GetAsync($"/api/v1/cycles/{Cycle.Id}", Cancel);
        await (await Executive.PutJsonAsync($"/api/v1/cycles/{Cycle.Id}", Body("Ny"), open.ETagOf())).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/cycle-not-scheduled");
        Assert.Equal("Höst", await DbAsync(db => db.Cycles.Where(c => c.Id == later.Id).Select(c => c.Name).SingleAsync()));
    }

    [Fact]
    public async Task Progress_CountsByStatusPerPart_AndListsWhoIsOverdue()
    {
        await SubmitAsync(Ours);
        App.Clock.Advance(TimeSpan.FromDays(6));
        await SendAsync(new Core.Features.Dialogues.MarkOverdueDialogues.Command());

        var progress = await (await Executive.GetAsync($"/api/v1/cycles/{Cycle.Id}/progress", Cancel)).ReadAsync<CycleProgressDto>();

        Assert.Equal(new StatusCounts(2, 1, 1, 0, 0, 1), progress.Totals);
        var group = Assert.Single(progress.Groups);
        Assert.Equal((Tree.Unit.Id, "Ekskolan"), (group.UnitId, group.Name));
        var overdue = Assert.Single(progress.Overdue);
        Assert.Equal((Tree.SubUnit.Id, "Ekskolan"), (overdue.UnitId, overdue.GroupName));

        var list = await (await Executive.GetAsync($"/api/v1/cycles/{Cycle.Id}/dialogues?overdue=true", Cancel)).ReadAsync<PagedList<DialogueSummaryDto>>();
        Assert.Equal(["Ekskolans fritids"], list.Items.Select(d => d.UnitName));
        var part = await (await Executive.GetAsync($"/api/v1/cycles/{Cycle.Id}/progress?unitId={Tree.Unit.Id}", Cancel)).ReadAsync<CycleProgressDto>();
        Assert.Equal(new StatusCounts(2, 1, 1, 0, 0, 1), part.Totals);
        Assert.Equal(["Ekskolan", "Ekskolans fritids"], part.Groups.Select(g => g.Name));
    }

    [Fact]
    public async Task Closing_FlagsTheUnfinished_AndPreparesTheFigures_OnceEvenWhenCalledTwice()
    {
        await HoldAsync(Ours, new Core.Features.Agreements.AgreementInput("Ledningen ordnar lokaler", AgreementSide.Leadership, "Chefen", Today.AddDays(20)));

        (await Executive.PostJsonAsync($"/api/v1/cycles/{Cycle.Id}/close", null)).EnsureSuccessStatusCode();
        (await Executive.PostJsonAsync($"/api/v1/cycles/{Cycle.Id}/close", null)).EnsureSuccessStatusCode();

        Assert.Equal([Tree.SubUnit.Id, Tree.Unit.Id], (await DbAsync(db => db.Dialogues.Where(d => d.CycleId == Cycle.Id && d.UnfinishedAtCycleClose).Select(d => d.UnitId).ToListAsync())).OrderBy(id => id == Tree.Unit.Id));
        var figures = Assert.Single(await (await Executive.GetAsync($"/api/v1/cycles/{Cycle.Id}/figures", Cancel)).ReadAsync<List<CycleRollupDto>>());
        Assert.Equal((2, 1, 1, 1), (figures.Facts.Dialogues, figures.Facts.Held, figures.Facts.AgreementsMade, figures.Facts.AgreementsMadeByLeadership));
        Assert.Equal(1, await DbAsync(db => db.CycleRollups.CountAsync()));
        await (await Executive.PostJsonAsync($"/api/v1/dialogues/{Ours}/close", null)).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/cycle-not-open");
    }

    private object Body(Guid scope, int opens, int due, int closes) => new
    {
        scopeUnitId = scope,
        name = "Omgång",
        opensOn = Today.AddDays(opens),
        preparationDueOn = Today.AddDays(due),
        dialoguesFrom = Today.AddDays(due + 1),
        dialoguesTo = Today.AddDays(closes - 1),
        closesOn = Today.AddDays(closes),
    };
}
