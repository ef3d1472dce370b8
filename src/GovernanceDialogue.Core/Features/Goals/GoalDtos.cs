using System.Text.Json.Serialization;
using GovernanceDialogue.Core.Domain.Goals;

namespace GovernanceDialogue.Core.Features.Goals;

/// <summary>A prioritised goal (prioriterat mål).</summary>
public sealed record GoalDto(
    Guid Id,
    Guid UnitId,
    int Period,
    string Title,
    string Why,
    Guid? AnalysisId,
    IReadOnlyList<Guid> EvidenceIds,
    IReadOnlyList<Guid> ThemeIds,
    string Owner,
    string HowWeWillKnow,
    int? Rank,
    GoalStatus Status,
    string? Reflection,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    [property: JsonIgnore] uint Version);

/// <summary>A line of the "what we stop doing" log (det vi slutar göra).</summary>
public sealed record StopLogEntryDto(Guid Id, int Period, Guid? GoalId, string Title, string Reason, DateTimeOffset At, string By);

/// <summary>The goal to drop in the same operation (at the cap), and why it goes to the stop log.</summary>
public sealed record ReplacementInput(Guid GoalId, string Reason);

internal static class GoalProjection
{
    public static IQueryable<GoalDto> ProjectToDto(this IQueryable<PrioritisedGoal> goals) =>
        goals.Select(g => new GoalDto(
            g.Id, g.UnitId, g.Period, g.Title, g.Why, g.AnalysisId, g.EvidenceIds, g.ThemeIds, g.Owner, g.HowWeWillKnow, g.Rank, g.Status,
            g.Reflection, g.CreatedAt, g.ClosedAt, g.Version));

    /// <summary>Active goals by rank, then the achieved and dropped ones, newest first.</summary>
    public static IOrderedQueryable<PrioritisedGoal> InDisplayOrder(this IQueryable<PrioritisedGoal> goals) =>
        goals.OrderBy(g => g.Status == GoalStatus.Active ? 0 : 1).ThenBy(g => g.Rank).ThenByDescending(g => g.ClosedAt);

    public static GoalDto ToDto(this PrioritisedGoal g) =>
        new(g.Id, g.UnitId, g.Period, g.Title, g.Why, g.AnalysisId, g.EvidenceIds, g.ThemeIds, g.Owner, g.HowWeWillKnow, g.Rank, g.Status,
            g.Reflection, g.CreatedAt, g.ClosedAt, g.Version);
}
