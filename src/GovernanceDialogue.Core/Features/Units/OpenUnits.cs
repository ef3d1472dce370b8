using GovernanceDialogue.Core.Persistence;

namespace GovernanceDialogue.Core.Features.Units;

/// <summary>A closed unit is history: its analyses, goals and stop log no longer change.</summary>
internal static class OpenUnits
{
    /// <summary>Throws 409 <c>unit-closed</c> when the unit has closed (404 when it does not exist).</summary>
    public static async Task EnsureUnitOpenAsync(this AppDbContext db, Guid unitId, DateOnly today, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FindOrThrowAsync(unitId, "Unit", cancellationToken);
        unit.EnsureNotClosed(today);
    }
}
