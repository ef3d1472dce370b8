namespace GovernanceDialogue.Core.Domain.Dialogues;

/// <summary>Assessments of the goals under one goal-picture theme (or of goals with no theme, <see cref="ThemeId"/> null).</summary>
public sealed record ThemeAssessments(Guid? ThemeId, string? ThemeName, int OnTrack, int Uncertain, int OffTrack);

/// <summary>The figures of one cycle for one scope (the city, or one administration), as the cycle closed.</summary>
public sealed record CycleFacts(
    int Dialogues,
    int Preparing,
    int Submitted,
    int Held,
    int Closed,
    int Overdue,
    IReadOnlyList<ThemeAssessments> Themes,
    int AgreementsMade,
    int AgreementsMadeByLeadership,
    int AgreementsFollowedUp,
    int AgreementsDone,
    int AgreementsDropped,
    int AgreementsOverdue);

/// <summary>
/// What the politicians' summary of a cycle is built from: the cycle's figures for the city and for each
/// administration, prepared by a job when the cycle closes (and again on request; preparing twice replaces).
/// </summary>
public sealed class CycleRollup
{
    private CycleRollup()
    {
    }

    public Guid Id { get; private set; }

    public Guid CycleId { get; private set; }

    /// <summary>The city or administration the figures are for.</summary>
    public Guid UnitId { get; private set; }

    public CycleFacts Facts { get; private set; } = default!;

    public DateTimeOffset PreparedAt { get; private set; }

    public static CycleRollup Prepare(Guid id, Guid cycleId, Guid unitId, CycleFacts facts, DateTimeOffset now) =>
        new() { Id = id, CycleId = cycleId, UnitId = unitId, Facts = facts, PreparedAt = now };

    public void Replace(CycleFacts facts, DateTimeOffset now)
    {
        Facts = facts;
        PreparedAt = now;
    }
}
