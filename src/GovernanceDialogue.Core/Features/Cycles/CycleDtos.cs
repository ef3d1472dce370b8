using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;

namespace GovernanceDialogue.Core.Features.Cycles;

/// <summary>A dialogue cycle: its scope, dates, template and where it is.</summary>
public sealed record CycleDto(
    Guid Id, Guid ScopeUnitId, string ScopeName, string Name, int Year, string? WheelKey, Guid TemplateId, string TemplateName,
    Guid? TemplateVersionId, CycleStatus Status, CyclePhase Phase, DateOnly OpensOn, DateOnly PreparationDueOn, DateOnly DialoguesFrom,
    DateOnly DialoguesTo, DateOnly ClosesOn, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? OpenedAt, string? OpenedBy,
    DateTimeOffset? ClosedAt, string? ClosedBy)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public uint Version { get; init; }
}

internal static class CycleProjection
{
    /// <summary>Cycles as DTOs, with their scope's and template's names, in one query.</summary>
    public static IQueryable<CycleDto> ProjectToDto(this IQueryable<DialogueCycle> cycles, AppDbContext db, DateOnly today) =>
        from c in cycles
        join s in db.Units on c.ScopeUnitId equals s.Id
        join t in db.DialogueTemplates on c.TemplateId equals t.Id
        select new CycleDto(
            c.Id, c.ScopeUnitId, s.Name, c.Name, c.Year, c.WheelKey, c.TemplateId, t.Name, c.TemplateVersionId, c.Status,
            DialogueCycle.PhaseOf(c.Status, c.PreparationDueOn, c.DialoguesTo, today),
            c.OpensOn, c.PreparationDueOn, c.DialoguesFrom, c.DialoguesTo, c.ClosesOn, c.CreatedAt, c.CreatedBy, c.OpenedAt, c.OpenedBy,
            c.ClosedAt, c.ClosedBy)
        { Version = c.Version };
}
