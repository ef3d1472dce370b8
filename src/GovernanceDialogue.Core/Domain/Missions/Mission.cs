using GovernanceDialogue.Core.Common.Errors;

namespace GovernanceDialogue.Core.Domain.Missions;

/// <summary>
/// Uppdrag — a unit's mission in plain words, the first finger of trust-based governance ("tydliggöra uppdraget –
/// för alla"). Holds the working draft; every publish freezes the draft into a new immutable
/// <see cref="MissionVersion"/>.
/// </summary>
public sealed class Mission
{
    public const int AssignmentTextMaxLength = 4000;
    public const int PlainLanguageSummaryMaxLength = 1000;
    public const int TargetGroupMaxLength = 200;
    public const int MaxTargetGroups = 20;
    public const int BasisMaxLength = 1000;

    private Mission()
    {
    }

    /// <summary>The unit whose mission this is; one mission per unit.</summary>
    public Guid UnitId { get; private set; }

    /// <summary>The assignment (uppdraget): what the unit is there to do.</summary>
    public string? AssignmentText { get; private set; }

    /// <summary>The same in plain language, for everyone (klarspråk).</summary>
    public string? PlainLanguageSummary { get; private set; }

    /// <summary>Who the unit serves (målgrupper).</summary>
    public List<string> TargetGroups { get; private set; } = [];

    /// <summary>The basis of the assignment: law, council decision reference (e.g. "KF 2025-11-20 § 140").</summary>
    public string? Basis { get; private set; }

    public DateTimeOffset? DraftUpdatedAt { get; private set; }

    public string? DraftUpdatedBy { get; private set; }

    /// <summary>Number of the latest published version; 0 before the first publish.</summary>
    public int PublishedVersionNumber { get; private set; }

    /// <summary>True when the draft was edited after the latest publish.</summary>
    public bool HasUnpublishedChanges { get; private set; }

    /// <summary>Concurrency token (PostgreSQL <c>xmin</c>); the ETag of the mission.</summary>
    public uint Version { get; private set; }

    public static Mission StartFor(Guid unitId) => new() { UnitId = unitId };

    public void EditDraft(
        string assignmentText, string plainLanguageSummary, IEnumerable<string> targetGroups, string? basis,
        DateTimeOffset now, string editedBy)
    {
        AssignmentText = assignmentText.Trim();
        PlainLanguageSummary = plainLanguageSummary.Trim();
        TargetGroups = targetGroups.Select(g => g.Trim()).Where(g => g.Length > 0).Distinct().ToList();
        Basis = string.IsNullOrWhiteSpace(basis) ? null : basis.Trim();
        DraftUpdatedAt = now;
        DraftUpdatedBy = editedBy;
        HasUnpublishedChanges = true;
    }

    public MissionVersion Publish(DateTimeOffset now, string publishedBy)
    {
        if (string.IsNullOrWhiteSpace(AssignmentText) || string.IsNullOrWhiteSpace(PlainLanguageSummary))
        {
            throw new DomainRuleException(
                DomainRules.MissionIncomplete, "Write the assignment text and the plain-language summary before publishing.");
        }

        if (!HasUnpublishedChanges)
        {
            throw new DomainRuleException(
                DomainRules.MissionNothingToPublish, $"The draft has no changes since version {PublishedVersionNumber}.");
        }

        PublishedVersionNumber++;
        HasUnpublishedChanges = false;
        return new MissionVersion(
            Guid.CreateVersion7(now), UnitId, PublishedVersionNumber, AssignmentText, PlainLanguageSummary,
            [.. TargetGroups], Basis, now, publishedBy);
    }
}
