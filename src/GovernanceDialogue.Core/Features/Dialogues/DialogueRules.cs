using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Dialogues;

internal static class DialogueRules
{
    /// <summary>Loads a dialogue to change it, with the expected version checked, while its cycle is open.</summary>
    public static async Task<(Dialogue Dialogue, DialogueCycle Cycle)> ForChangeAsync(AppDbContext db, Guid id, uint? expectedVersion, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw new NotFoundException("Dialogue", id);
        db.ExpectVersion(dialogue, expectedVersion);
        var cycle = await db.Cycles.SingleAsync(c => c.Id == dialogue.CycleId, cancellationToken);
        if (cycle.Status != CycleStatus.Open)
        {
            throw new DomainRuleException(DomainRules.CycleNotOpen, $"The cycle '{cycle.Name}' is {cycle.Status}; its dialogues no longer change.");
        }

        return (dialogue, cycle);
    }
}
