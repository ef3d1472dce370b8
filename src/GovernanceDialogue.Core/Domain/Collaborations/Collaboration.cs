using GovernanceDialogue.Core.Common.Errors;

namespace GovernanceDialogue.Core.Domain.Collaborations;

/// <summary>
/// Glasbergens stege — the five steps of a collaboration across silos and sectors, each building on the one below:
/// trust first, then mutual benefit, agreements, a changed practice and, at the top, changed political governance.
/// </summary>
public enum LadderStage
{
    /// <summary>1. Bygga tillit: getting to know each other and building trust.</summary>
    BuildTrust = 1,

    /// <summary>2. Ömsesidig nytta: seeing what each side gains from working together.</summary>
    MutualBenefit = 2,

    /// <summary>3. Överenskommelser: making agreements that bind the parties.</summary>
    Agreements = 3,

    /// <summary>4. Förändrad praktik: the parties work differently because of the collaboration.</summary>
    ChangePractice = 4,

    /// <summary>5. Förändrad politisk styrning: the collaboration changes how politics governs.</summary>
    ChangePoliticalGovernance = 5,
}

/// <summary>The sector an external partner comes from.</summary>
public enum PartnerSector
{
    /// <summary>Offentlig sektor: other authorities, the region, the state.</summary>
    Public,

    /// <summary>Näringsliv: companies.</summary>
    Business,

    /// <summary>Civilsamhälle: associations, foundations, faith communities.</summary>
    CivilSociety,

    /// <summary>Medborgare: citizens themselves.</summary>
    Citizens,
}

/// <summary>The five aspects of trust a stage change reflects on.</summary>
public enum TrustAspect
{
    Honesty,
    Openness,
    Reliability,
    Goodwill,
    Competence,
}

/// <summary>How an aspect of trust stands between the parties, as they judge it themselves (not a score to report).</summary>
public enum TrustLevel
{
    /// <summary>Svag: the aspect holds the collaboration back.</summary>
    Weak,

    /// <summary>Växande: it is getting better.</summary>
    Growing,

    /// <summary>Stark: the parties can build on it.</summary>
    Strong,
}

/// <summary>An external partner of a collaboration.</summary>
public sealed record CollaborationPartner(string Name, PartnerSector Sector)
{
    public const int NameMaxLength = 200;
}

/// <summary>One trust aspect as a stage change judged it, with an optional note on why.</summary>
public sealed record TrustReflection(TrustAspect Aspect, TrustLevel Level, string? Note)
{
    public const int NoteMaxLength = 1000;
}

/// <summary>A unit of the organisation taking part in a collaboration.</summary>
public sealed class CollaborationUnit
{
    private CollaborationUnit()
    {
    }

    public Guid UnitId { get; private set; }

    internal static CollaborationUnit Of(Guid unitId) => new() { UnitId = unitId };
}

/// <summary>A prioritised goal of a participating unit that the collaboration helps reach.</summary>
public sealed class CollaborationGoal
{
    private CollaborationGoal()
    {
    }

    public Guid GoalId { get; private set; }

    internal static CollaborationGoal Of(Guid goalId) => new() { GoalId = goalId };
}

/// <summary>
/// A step on the ladder, kept for the collaboration's history: where it came from (none when the collaboration
/// started), where it went, the reflection that motivated the move and how the five aspects of trust stood.
/// </summary>
public sealed class StageChange
{
    public const int ReflectionMaxLength = 4000;

    private StageChange()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The stage before; null for the stage the collaboration started at.</summary>
    public LadderStage? From { get; private set; }

    public LadderStage To { get; private set; }

    public string? Reflection { get; private set; }

    public List<TrustReflection> Trust { get; private set; } = [];

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; } = "";

    internal static StageChange Make(Guid id, LadderStage? from, LadderStage to, string? reflection, IEnumerable<TrustReflection> trust, DateTimeOffset at, string by) =>
        new()
        {
            Id = id,
            From = from,
            To = to,
            Reflection = string.IsNullOrWhiteSpace(reflection) ? null : reflection.Trim(),
            Trust = trust.Select(t => t with { Note = string.IsNullOrWhiteSpace(t.Note) ? null : t.Note.Trim() }).OrderBy(t => t.Aspect).ToList(),
            At = at,
            By = by,
        };
}

/// <summary>The fields of a collaboration as a request gives them.</summary>
public sealed record CollaborationContent(
    string Name, string Purpose, IReadOnlyList<Guid> UnitIds, IReadOnlyList<CollaborationPartner> Partners, IReadOnlyList<Guid> GoalIds,
    DateOnly StartedOn, DateOnly? EndedOn);

/// <summary>
/// Samverkan — units of the organisation working with each other and with external partners (public, business, civil
/// society, citizens) for a shared purpose and some of their prioritised goals, followed on Glasbergen's ladder. The
/// lead unit (sammankallande enhet) keeps the record; every stage change is kept with a reflection on trust.
/// </summary>
public sealed class Collaboration
{
    public const int NameMaxLength = 200;
    public const int PurposeMaxLength = 4000;
    public const int MaxUnits = 50;
    public const int MaxPartners = 50;
    public const int MaxGoals = 20;

    private Collaboration()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The shared purpose (gemensamt syfte).</summary>
    public string Purpose { get; private set; } = "";

    /// <summary>The unit that convenes the collaboration and keeps its record; always one of its units.</summary>
    public Guid LeadUnitId { get; private set; }

    public List<CollaborationUnit> Units { get; private set; } = [];

    public List<CollaborationPartner> Partners { get; private set; } = [];

    public List<CollaborationGoal> Goals { get; private set; } = [];

    public LadderStage Stage { get; private set; }

    public List<StageChange> History { get; private set; } = [];

    public DateOnly StartedOn { get; private set; }

    /// <summary>The day the collaboration ended, if it has; from then on it is no longer active.</summary>
    public DateOnly? EndedOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset? UpdatedAt { get; private set; }

    public string? UpdatedBy { get; private set; }

    public uint Version { get; private set; }

    public static Collaboration Start(
        Guid id, Guid leadUnitId, CollaborationContent content, LadderStage stage, string? reflection, IReadOnlyList<TrustReflection> trust,
        DateTimeOffset now, string by)
    {
        var collaboration = new Collaboration { Id = id, LeadUnitId = leadUnitId, Stage = stage, CreatedAt = now, CreatedBy = by };
        collaboration.Apply(content);
        collaboration.History.Add(StageChange.Make(Guid.CreateVersion7(now), null, stage, reflection, trust, now, by));
        return collaboration;
    }

    /// <summary>Revises the content; the lead may pass to another of the collaboration's units.</summary>
    public void Revise(CollaborationContent content, Guid leadUnitId, DateTimeOffset now, string by)
    {
        LeadUnitId = leadUnitId;
        Apply(content);
        UpdatedAt = now;
        UpdatedBy = by;
    }

    public bool IsActiveOn(DateOnly today) => EndedOn is not { } ended || ended > today;

    /// <summary>
    /// Moves the collaboration to another step, up or down (trust can be lost), with a reflection and how each aspect of
    /// trust stands. Only an active collaboration moves.
    /// </summary>
    public void ChangeStage(LadderStage to, string reflection, IReadOnlyList<TrustReflection> trust, DateOnly today, DateTimeOffset now, string by)
    {
        EnsureActiveOn(today);
        if (to == Stage)
        {
            throw new DomainRuleException(DomainRules.CollaborationStageUnchanged, $"The collaboration is already at {Stage}.");
        }

        if (string.IsNullOrWhiteSpace(reflection))
        {
            throw new ArgumentException("A stage change needs a reflection.", nameof(reflection));
        }

        History.Add(StageChange.Make(Guid.CreateVersion7(now), Stage, to, reflection, trust, now, by));
        Stage = to;
        UpdatedAt = now;
        UpdatedBy = by;
    }

    public bool HasUnit(Guid unitId) => Units.Any(u => u.UnitId == unitId);

    /// <summary>An ended collaboration keeps its record but takes no new steps or agreements.</summary>
    public void EnsureActiveOn(DateOnly today)
    {
        if (!IsActiveOn(today))
        {
            throw new DomainRuleException(DomainRules.CollaborationEnded, $"The collaboration ended on {EndedOn:yyyy-MM-dd}.");
        }
    }

    private void Apply(CollaborationContent content)
    {
        var unitIds = content.UnitIds.Distinct().ToList();
        if (!unitIds.Contains(LeadUnitId))
        {
            throw new ArgumentException("The lead unit is always one of the collaboration's units.", nameof(content));
        }

        if (content.EndedOn < content.StartedOn)
        {
            throw new ArgumentException("A collaboration ends on or after the day it started.", nameof(content));
        }

        Name = content.Name.Trim();
        Purpose = content.Purpose.Trim();
        // Keep the rows that stay, so the owned join rows are updated in place instead of deleted and inserted again.
        Units.RemoveAll(u => !unitIds.Contains(u.UnitId));
        Units.AddRange(unitIds.Where(id => !HasUnit(id)).Select(CollaborationUnit.Of));
        var goalIds = content.GoalIds.Distinct().ToList();
        Goals.RemoveAll(g => !goalIds.Contains(g.GoalId));
        Goals.AddRange(goalIds.Where(id => Goals.All(g => g.GoalId != id)).Select(CollaborationGoal.Of));
        Partners = content.Partners.Select(p => p with { Name = p.Name.Trim() }).ToList();
        StartedOn = content.StartedOn;
        EndedOn = content.EndedOn;
    }
}
