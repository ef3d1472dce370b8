using GovernanceDialogue.Core.Common.Errors;

namespace GovernanceDialogue.Core.Domain.Analyses;

public enum AnalysisStatus
{
    Draft,
    Completed,
}

/// <summary>Groups whose living conditions can differ (the equality lens of an analysis).</summary>
public enum EqualityGroup
{
    Gender,
    Age,
    Area,
    Disability,
    Background,
}

/// <summary>
/// Nulägesanalys — a sharp, honest picture of where a unit stands in a period: strengths, challenges, risks, the
/// citizens' and the employees' perspectives, an equality perspective (which groups are affected differently, and
/// how), collaboration needs, and a few indicator observations as evidence. Draft until completed; then it is the
/// record that the period's goals follow from.
/// </summary>
public sealed class CurrentStateAnalysis
{
    public const int TextMaxLength = 4000;
    public const int MinPeriod = 2000;
    public const int MaxPeriod = 2100;

    private CurrentStateAnalysis()
    {
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>The year the analysis is for.</summary>
    public int Period { get; private set; }

    public AnalysisStatus Status { get; private set; }

    public string? Strengths { get; private set; }

    public string? Challenges { get; private set; }

    public string? Risks { get; private set; }

    public string? CitizenPerspective { get; private set; }

    public string? EmployeePerspective { get; private set; }

    public List<EqualityGroup> EqualityGroups { get; private set; } = [];

    public string? EqualityPerspective { get; private set; }

    public string? CollaborationNeeds { get; private set; }

    public List<Observation> Observations { get; private set; } = [];

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? CompletedBy { get; private set; }

    public uint Version { get; private set; }

    public static CurrentStateAnalysis Start(Guid id, Guid unitId, int period, DateTimeOffset now, string by) =>
        new() { Id = id, UnitId = unitId, Period = period, Status = AnalysisStatus.Draft, UpdatedAt = now, UpdatedBy = by };

    public void Edit(AnalysisText text, DateTimeOffset now, string by)
    {
        EnsureDraft();
        Strengths = Clean(text.Strengths);
        Challenges = Clean(text.Challenges);
        Risks = Clean(text.Risks);
        CitizenPerspective = Clean(text.CitizenPerspective);
        EmployeePerspective = Clean(text.EmployeePerspective);
        EqualityGroups = text.EqualityGroups.Distinct().Order().ToList();
        EqualityPerspective = Clean(text.EqualityPerspective);
        CollaborationNeeds = Clean(text.CollaborationNeeds);
        Touch(now, by);
    }

    /// <summary>Adds evidence, or replaces the observation of the same Kolada key figure and period (imports are repeatable).</summary>
    public Observation Observe(Observation observation, DateTimeOffset now, string by)
    {
        EnsureDraft();
        var existing = observation.KoladaKpiId is null
            ? null
            : Observations.FirstOrDefault(o => o.KoladaKpiId == observation.KoladaKpiId && o.Period == observation.Period);
        if (existing is not null)
        {
            existing.ReplaceWith(observation);
            Touch(now, by);
            return existing;
        }

        Observations.Add(observation);
        Touch(now, by);
        return observation;
    }

    public void RemoveObservation(Guid observationId, DateTimeOffset now, string by)
    {
        EnsureDraft();
        var observation = Observations.FirstOrDefault(o => o.Id == observationId)
            ?? throw new NotFoundException("Observation", observationId);
        Observations.Remove(observation);
        Touch(now, by);
    }

    public void Complete(DateTimeOffset now, string by)
    {
        EnsureDraft();
        if (string.IsNullOrWhiteSpace(Strengths) || string.IsNullOrWhiteSpace(Challenges) || string.IsNullOrWhiteSpace(EqualityPerspective))
        {
            throw new DomainRuleException(DomainRules.AnalysisIncomplete, "Write the strengths, the challenges and the equality perspective before completing.");
        }

        Status = AnalysisStatus.Completed;
        CompletedAt = now;
        CompletedBy = by;
    }

    private void EnsureDraft()
    {
        if (Status == AnalysisStatus.Completed)
        {
            throw new DomainRuleException(DomainRules.AnalysisCompleted, $"The analysis for {Period} is completed.");
        }
    }

    private void Touch(DateTimeOffset now, string by)
    {
        UpdatedAt = now;
        UpdatedBy = by;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The free-text parts of an analysis, as edited together.</summary>
public sealed record AnalysisText(
    string? Strengths,
    string? Challenges,
    string? Risks,
    string? CitizenPerspective,
    string? EmployeePerspective,
    IReadOnlyList<EqualityGroup> EqualityGroups,
    string? EqualityPerspective,
    string? CollaborationNeeds);
