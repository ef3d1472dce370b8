using System.Text.Json.Serialization;
using GovernanceDialogue.Core.Domain.Analyses;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Core.Persistence;

namespace GovernanceDialogue.Core.Features.Analyses;

/// <summary>A current-state analysis (nulägesanalys) with its evidence.</summary>
public sealed record AnalysisDto(
    Guid Id,
    Guid UnitId,
    int Period,
    AnalysisStatus Status,
    string? Strengths,
    string? Challenges,
    string? Risks,
    string? CitizenPerspective,
    string? EmployeePerspective,
    IReadOnlyList<EqualityGroup> EqualityGroups,
    string? EqualityPerspective,
    string? CollaborationNeeds,
    IReadOnlyList<ObservationDto> Observations,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    DateTimeOffset? CompletedAt,
    string? CompletedBy,
    [property: JsonIgnore] uint Version);

/// <summary>An indicator observation: the total, optionally by gender (women/men) and beside a comparison value.</summary>
public sealed record ObservationDto(
    Guid Id,
    string Title,
    decimal Value,
    string? UnitOfMeasure,
    string Period,
    string Source,
    string? KoladaKpiId,
    decimal? ValueWomen,
    decimal? ValueMen,
    decimal? ComparisonValue,
    string? ComparisonLabel);

/// <summary>A line in a unit's list of analyses.</summary>
public sealed record AnalysisSummaryDto(Guid Id, int Period, AnalysisStatus Status, int ObservationCount, DateTimeOffset UpdatedAt);

internal static class AnalysisProjection
{
    public static IQueryable<AnalysisDto> ProjectToDto(this IQueryable<CurrentStateAnalysis> analyses) =>
        analyses.Select(a => new AnalysisDto(
            a.Id, a.UnitId, a.Period, a.Status, a.Strengths, a.Challenges, a.Risks, a.CitizenPerspective, a.EmployeePerspective,
            a.EqualityGroups, a.EqualityPerspective, a.CollaborationNeeds,
            a.Observations.OrderBy(o => o.Title).ThenBy(o => o.Period)
                .Select(o => new ObservationDto(o.Id, o.Title, o.Value, o.UnitOfMeasure, o.Period, o.Source, o.KoladaKpiId, o.ValueWomen, o.ValueMen, o.ComparisonValue, o.ComparisonLabel))
                .ToList(),
            a.UpdatedAt, a.UpdatedBy, a.CompletedAt, a.CompletedBy, a.Version));

    /// <summary>Drafts are for the unit's editors; everyone else who may read analyses sees completed ones.</summary>
    public static IQueryable<CurrentStateAnalysis> VisibleTo(this IQueryable<CurrentStateAnalysis> analyses, bool canEdit) =>
        canEdit ? analyses : analyses.Where(a => a.Status == AnalysisStatus.Completed);

    /// <summary>
    /// Loads the unit's analysis for a change: 404 when it is not this unit's, 409 <c>unit-closed</c> when the unit has
    /// closed (its analyses are then history, drafts included).
    /// </summary>
    public static async Task<CurrentStateAnalysis> AnalysisOfUnitAsync(
        this AppDbContext db, Guid unitId, Guid analysisId, DateOnly today, CancellationToken cancellationToken)
    {
        var analysis = await db.Analyses.FindAsync([analysisId], cancellationToken);
        if (analysis is null || analysis.UnitId != unitId)
        {
            throw new Common.Errors.NotFoundException("Analysis", analysisId);
        }

        await db.EnsureUnitOpenAsync(unitId, today, cancellationToken);

        await db.Entry(analysis).Collection(a => a.Observations).LoadAsync(cancellationToken);
        return analysis;
    }
}
