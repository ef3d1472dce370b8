using System.Globalization;
using System.Text.RegularExpressions;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Summaries;
using GovernanceDialogue.Core.Features.Summaries;

namespace GovernanceDialogue.Web.Pages.Summaries;

/// <summary>
/// What a reading page shows of a summary: a published version, or (for the executives of its scope only) the draft
/// as a preview. Never who wrote or published it: a summary names units, not staff.
/// </summary>
public sealed partial record SummaryReading(
    SummaryFacts Facts,
    string Narrative,
    IReadOnlyList<string> Highlights,
    IReadOnlyList<SummaryQuote> Quotes,
    int? Number,
    DateTimeOffset? PublishedAt)
{
    public bool IsDraft => Number is null;

    public static SummaryReading Of(SummaryVersionDto version) =>
        new(version.Facts, version.Narrative, version.Highlights, version.Quotes, version.Number, version.PublishedAt);

    public static SummaryReading Of(SummaryDraftDto draft) =>
        new(draft.Facts, draft.Narrative, draft.Highlights, draft.Quotes, null, null);

    /// <summary>The narrative's paragraphs: blank lines separate them.</summary>
    public IReadOnlyList<string> Paragraphs => Paragraph().Split(Narrative.Trim()).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();

    /// <summary>The question a quote answers, in the reader's language (the default template's words; null for a question it does not have in that language).</summary>
    public static string? QuestionOf(string key)
    {
        var question = DefaultTemplate.Questions.FirstOrDefault(q => q.Key == key);
        return question is null ? null
            : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? question.TextEnglish
            : question.Text;
    }

    /// <summary>The day of an instant in the city's time zone.</summary>
    public static string Day(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, CityClock.TimeZone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\r?\n\s*\r?\n")]
    private static partial Regex Paragraph();
}
