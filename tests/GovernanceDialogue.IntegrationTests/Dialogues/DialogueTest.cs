using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.Goals;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Dialogues;

/// <summary>
/// Dialogue tests start from an open cycle for the school administration (opened ten days ago, preparation due in
/// five), in which Ekskolan (with two goals) and its fritids each have a dialogue; Ekskolan's manager and the
/// administration's executive have their own clients.
/// </summary>
public abstract class DialogueTest : IntegrationTest
{
    protected TestTree Tree { get; private set; } = default!;

    protected CycleDto Cycle { get; private set; } = default!;

    /// <summary>Ekskolan's dialogue in <see cref="Cycle"/>.</summary>
    protected Guid Ours { get; private set; }

    protected IReadOnlyList<Guid> Goals { get; private set; } = [];

    protected HttpClient Manager { get; private set; } = default!;

    protected HttpClient Executive { get; private set; } = default!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Tree = await TestTree.CreateAsync(c => SendAsync(c));
        Goals =
        [
            (await SendAsync(new AddGoal.Command(Tree.Unit.Id, Today.Year, "Fler elever når målen", "V", null, [], [], "Rektor", "H", null))).Id,
            (await SendAsync(new AddGoal.Command(Tree.Unit.Id, Today.Year, "Tryggare raster", "V", null, [], [], "Rektor", "H", null))).Id,
        ];
        Cycle = await SendAsync(NewCycle(Tree.Administration.Id, -10, 5, 30));
        Cycle = await SendAsync(new OpenCycle.Command(Cycle.Id, null));
        Ours = await DialogueOfAsync(Tree.Unit.Id);
        Manager = await ClientAsync((Role.UnitManager, Tree.Unit.Id));
        Executive = await ClientAsync((Role.Executive, Tree.Administration.Id));
    }

    /// <summary>A cycle for a scope, with days relative to today: opens, preparation due, closes (dialogues in between).</summary>
    protected CreateCycle.Command NewCycle(Guid scope, int opens, int due, int closes, string name = "Vår") =>
        new(scope, name, null, Today.AddDays(opens), Today.AddDays(due), Today.AddDays(due + 1), Today.AddDays(closes - 1), Today.AddDays(closes));

    protected Task<Guid> DialogueOfAsync(Guid unitId, Guid? cycleId = null) =>
        DbAsync(db => db.Dialogues.Where(d => d.UnitId == unitId && d.CycleId == (cycleId ?? Cycle.Id)).Select(d => d.Id).SingleAsync());

    /// <summary>Assesses every goal and submits, as the system.</summary>
    protected async Task SubmitAsync(Guid dialogueId)
    {
        var goals = await DbAsync(db => db.Dialogues.Where(d => d.Id == dialogueId).SelectMany(d => d.Goals.Select(g => g.GoalId)).ToListAsync());
        await SendAsync(new SaveDialogueNotes.Command(dialogueId, null, [], [.. goals.Select(g => new SaveDialogueNotes.GoalNote(g, Assessment.OnTrack, null))], []));
        await SendAsync(new SubmitDialogue.Command(dialogueId, null));
    }

    /// <summary>Submits and records the meeting (held today), as the system.</summary>
    protected async Task HoldAsync(Guid dialogueId, params Core.Features.Agreements.AgreementInput[] agreements)
    {
        await SubmitAsync(dialogueId);
        await SendAsync(new RecordDialogueHeld.Command(dialogueId, null, Today, ["Rektor"], "Svar", agreements));
    }

    public override async ValueTask DisposeAsync()
    {
        Manager?.Dispose();
        Executive?.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
