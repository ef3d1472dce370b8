namespace GovernanceDialogue.Core.Common.Errors;

/// <summary>
/// The stable names of every business rule that can refuse a change. Integrators branch on these
/// (they appear as the last segment of the problem <c>type</c>), so never rename one.
/// </summary>
public static class DomainRules
{
    public const string UnitInvalidParent = "unit-invalid-parent";
    public const string UnitMoveCycle = "unit-move-cycle";
    public const string UnitClosed = "unit-closed";
    public const string UnitHasActiveChildren = "unit-has-active-children";
    public const string UnitHasHistory = "unit-has-history";
    public const string UnitShortCodeTaken = "unit-short-code-taken";
    public const string UnitExternalIdTaken = "unit-external-id-taken";
    public const string UnitInvalidValidity = "unit-invalid-validity";
    public const string MissionIncomplete = "mission-incomplete";
    public const string MissionNothingToPublish = "mission-nothing-to-publish";
    public const string ConcurrentChange = "concurrent-change";
    public const string ReferencedElsewhere = "referenced-elsewhere";

    /// <summary>Every rule with a one-line English description, for the API guide and the problem-type page.</summary>
    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>
    {
        [UnitInvalidParent] = "The parent's kind cannot hold a unit of this kind (a city has no parent; an administration sits under a city; a unit under an administration or another unit).",
        [UnitMoveCycle] = "A unit cannot be moved under itself or under one of its own descendants.",
        [UnitClosed] = "The unit (or the intended parent) is closed; closed units take no new children and cannot be moved.",
        [UnitHasActiveChildren] = "A unit cannot close while it still has active child units: close or move them first.",
        [UnitHasHistory] = "A unit with history (children or a published mission) is closed with a valid-to date, never deleted.",
        [UnitShortCodeTaken] = "Another unit already uses this short code.",
        [UnitExternalIdTaken] = "Another unit already uses this external id.",
        [UnitInvalidValidity] = "The valid-to date must not be earlier than the valid-from date.",
        [MissionIncomplete] = "A mission needs its assignment text and its plain-language summary before it can be published.",
        [MissionNothingToPublish] = "The draft has no changes since the last published version.",
        [ConcurrentChange] = "Someone else changed the same data at the same time; reload and try again.",
        [ReferencedElsewhere] = "The change would break a reference held by other data.",
    };
}
