using System.Text.Json;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Dialogues;

namespace GovernanceDialogue.Core.Domain.Summaries;

/// <summary>A word (the commonest form of one Swedish stem) that recurs across the dialogues, and in how many.</summary>
public sealed record RecurringTopic(string Term, int Dialogues);

/// <summary>One administration's figures beside the others in the city's summary.</summary>
public sealed record PartFigures(Guid UnitId, string Name, int Dialogues, int Held, int GoalsOnTrack, int GoalsAssessed, int AgreementsMade, int AgreementsDone);

/// <summary>One cycle of the same scope, for the trend: the share of goals on track and of agreements kept.</summary>
public sealed record TrendPoint(Guid CycleId, string CycleName, DateOnly OpensOn, int GoalsOnTrack, int GoalsAssessed, int AgreementsMade, int AgreementsDone);

/// <summary>
/// What the generator read from a cycle's dialogues for one scope: the figures, the recurring challenges and the
/// support asked of leadership (as words with counts, never the notes themselves), the comparison of
/// administrations (in the city's summary) and the trend across the scope's cycles, oldest first.
/// </summary>
public sealed record SummaryFacts(
    string CycleName,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    string ScopeName,
    CycleFacts Figures,
    IReadOnlyList<RecurringTopic> Challenges,
    IReadOnlyList<RecurringTopic> SupportAsked,
    int DialoguesAskingSupport,
    int LessonsShared,
    IReadOnlyList<PartFigures> Parts,
    IReadOnlyList<TrendPoint> Trend);

/// <summary>
/// A passage of a dialogue answer that an executive chose to quote, attributed to the unit (never to a person).
/// </summary>
public sealed record SummaryQuote(Guid DialogueId, string QuestionKey, string UnitName, string Text)
{
    public const int TextMaxLength = 600;
}

/// <summary>
/// The politicians' summary of one cycle for one scope (the city, or one administration): facts generated from the
/// dialogues, beside an executive's narrative, highlights and chosen quotes. Regenerating replaces the facts only;
/// publishing freezes the whole as a numbered <see cref="SummaryVersion"/> that everyone may read.
/// </summary>
public sealed class Summary
{
    public const int NarrativeMaxLength = 20_000;
    public const int HighlightMaxLength = 300;
    public const int MaxHighlights = 10;
    public const int MaxQuotes = 10;

    private Summary()
    {
    }

    public Guid Id { get; private set; }

    public Guid CycleId { get; private set; }

    /// <summary>The city or administration the summary is about.</summary>
    public Guid UnitId { get; private set; }

    public SummaryFacts Facts { get; private set; } = default!;

    public DateTimeOffset GeneratedAt { get; private set; }

    public string Narrative { get; private set; } = "";

    public List<string> Highlights { get; private set; } = [];

    public List<SummaryQuote> Quotes { get; private set; } = [];

    public DateTimeOffset? EditedAt { get; private set; }

    public string? EditedBy { get; private set; }

    /// <summary>The number of the latest published version; 0 while never published.</summary>
    public int LatestVersion { get; private set; }

    /// <summary>Whether the draft differs from the latest published version (always true before the first).</summary>
    public bool ChangedSincePublished { get; private set; }

    public uint Version { get; private set; }

    public static Summary Generate(Guid id, Guid cycleId, Guid unitId, SummaryFacts facts, DateTimeOffset now) =>
        new() { Id = id, CycleId = cycleId, UnitId = unitId, Facts = facts, GeneratedAt = now, ChangedSincePublished = true };

    /// <summary>New facts from the dialogues; the executive's text stays as it is. Facts that came out the same are no change.</summary>
    public void Regenerate(SummaryFacts facts, DateTimeOffset now)
    {
        GeneratedAt = now;
        if (JsonSerializer.Serialize(facts) == JsonSerializer.Serialize(Facts))
        {
            return;
        }

        Facts = facts;
        ChangedSincePublished = true;
    }

    public void Edit(string narrative, IReadOnlyList<string> highlights, IReadOnlyList<SummaryQuote> quotes, DateTimeOffset now, string by)
    {
        Narrative = narrative.Trim();
        Highlights = highlights.Select(h => h.Trim()).Where(h => h.Length > 0).ToList();
        Quotes = quotes.ToList();
        EditedAt = now;
        EditedBy = by;
        ChangedSincePublished = true;
    }

    /// <summary>
    /// Freezes the draft as the next version. Returns null when nothing changed since the latest version (publishing
    /// again is then a no-op).
    /// </summary>
    public SummaryVersion? Publish(Guid versionId, DateTimeOffset now, string by)
    {
        if (!ChangedSincePublished)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(Narrative))
        {
            throw new DomainRuleException(DomainRules.SummaryNarrativeMissing, "Write the narrative before publishing: politicians read it first.");
        }

        LatestVersion++;
        ChangedSincePublished = false;
        return new SummaryVersion(versionId, Id, LatestVersion, Facts, Narrative, [.. Highlights], [.. Quotes], now, by);
    }
}

/// <summary>A published summary, immutable: what politicians and the public read.</summary>
public sealed class SummaryVersion
{
    private SummaryVersion()
    {
    }

    internal SummaryVersion(
        Guid id, Guid summaryId, int number, SummaryFacts facts, string narrative, List<string> highlights, List<SummaryQuote> quotes, DateTimeOffset publishedAt, string publishedBy)
    {
        Id = id;
        SummaryId = summaryId;
        Number = number;
        Facts = facts;
        Narrative = narrative;
        Highlights = highlights;
        Quotes = quotes;
        PublishedAt = publishedAt;
        PublishedBy = publishedBy;
    }

    public Guid Id { get; private set; }

    public Guid SummaryId { get; private set; }

    public int Number { get; private set; }

    public SummaryFacts Facts { get; private set; } = default!;

    public string Narrative { get; private set; } = "";

    public List<string> Highlights { get; private set; } = [];

    public List<SummaryQuote> Quotes { get; private set; } = [];

    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>Kept for the record (and the audit trail); not shown to readers.</summary>
    public string PublishedBy { get; private set; } = "";
}
