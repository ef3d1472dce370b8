namespace GovernanceDialogue.Core.Domain.Missions;

/// <summary>One published version of a unit's mission (uppdrag). Immutable: nothing updates or deletes it.</summary>
public sealed class MissionVersion
{
    internal MissionVersion(
        Guid id, Guid unitId, int number, string assignmentText, string plainLanguageSummary,
        List<string> targetGroups, string? basis, DateTimeOffset publishedAt, string publishedBy)
    {
        Id = id;
        UnitId = unitId;
        Number = number;
        AssignmentText = assignmentText;
        PlainLanguageSummary = plainLanguageSummary;
        TargetGroups = targetGroups;
        Basis = basis;
        PublishedAt = publishedAt;
        PublishedBy = publishedBy;
    }

    private MissionVersion()
    {
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>1, 2, 3 … per unit.</summary>
    public int Number { get; private set; }

    public string AssignmentText { get; private set; } = "";

    public string PlainLanguageSummary { get; private set; } = "";

    public List<string> TargetGroups { get; private set; } = [];

    public string? Basis { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public string PublishedBy { get; private set; } = "";
}
