using System.Text.Json.Serialization;
using GovernanceDialogue.Core.Domain.Summaries;

namespace GovernanceDialogue.Core.Features.Summaries;

/// <summary>The working draft: generated facts beside the executive's text. Only the executives of its scope read it.</summary>
public sealed record SummaryDraftDto(
    SummaryFacts Facts,
    DateTimeOffset GeneratedAt,
    string Narrative,
    IReadOnlyList<string> Highlights,
    IReadOnlyList<SummaryQuote> Quotes,
    DateTimeOffset? EditedAt,
    string? EditedBy);

/// <summary>A published version of a summary, as politicians and the public read it.</summary>
public sealed record SummaryVersionDto(
    Guid SummaryId,
    int Number,
    Guid CycleId,
    Guid UnitId,
    string UnitName,
    SummaryFacts Facts,
    string Narrative,
    IReadOnlyList<string> Highlights,
    IReadOnlyList<SummaryQuote> Quotes,
    DateTimeOffset PublishedAt)
{
    /// <summary>The one projection of a stored version, for the summary's latest and for any version by number.</summary>
    internal static SummaryVersionDto Of(SummaryVersion v, Guid cycleId, Guid unitId, string unitName) =>
        new(v.SummaryId, v.Number, cycleId, unitId, unitName, v.Facts, v.Narrative, v.Highlights, v.Quotes, v.PublishedAt);
}

/// <summary>
/// A summary: the latest published version for everyone (null before the first), and for the executives of its
/// scope also the draft. <see cref="Version"/> is the draft's ETag (a header, not in the body).
/// </summary>
public sealed record SummaryDto(
    Guid Id,
    Guid CycleId,
    string CycleName,
    Guid UnitId,
    string UnitName,
    int LatestVersion,
    bool ChangedSincePublished,
    SummaryDraftDto? Draft,
    SummaryVersionDto? Published,
    [property: JsonIgnore] uint Version);

/// <summary>One summary in a cycle's list. Drafts are listed only to the executives of their scope.</summary>
public sealed record SummaryListItemDto(
    Guid Id,
    Guid CycleId,
    string CycleName,
    Guid UnitId,
    string UnitName,
    int LatestVersion,
    DateTimeOffset? PublishedAt,
    bool ChangedSincePublished);

/// <summary>A published summary in the public list (its latest version).</summary>
public sealed record PublishedSummaryDto(
    Guid SummaryId,
    int Number,
    Guid CycleId,
    string CycleName,
    DateOnly OpensOn,
    Guid UnitId,
    string UnitName,
    DateTimeOffset PublishedAt);

/// <summary>A submitted dialogue answer an executive may quote in the summary, attributed to its unit.</summary>
public sealed record QuotableAnswerDto(Guid DialogueId, Guid UnitId, string UnitName, string QuestionKey, string Text);
