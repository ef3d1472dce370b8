using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using GovernanceDialogue.Core.Domain.Summaries;
using GovernanceDialogue.Core.Features.Summaries;

namespace GovernanceDialogue.Web.Pages.Summaries;

/// <summary>
/// The executive's part of a summary as the editor posts it: the narrative, a fixed number of highlight rows (empty
/// ones are left out) and the chosen quotes, each a row that keeps its source (dialogue and question) beside the words.
/// </summary>
public sealed partial class SummaryInput
{
    [Display(Name = "Field.Narrative")]
    public string? Narrative { get; set; }

    public List<string?> Highlights { get; set; } = [];

    public List<QuoteRow> Quotes { get; set; } = [];

    public static SummaryInput From(SummaryDraftDto draft) => new SummaryInput
    {
        Narrative = draft.Narrative,
        Highlights = [.. draft.Highlights],
        Quotes = draft.Quotes.Select(q => new QuoteRow { DialogueId = q.DialogueId, QuestionKey = q.QuestionKey, UnitName = q.UnitName, Text = q.Text }).ToList(),
    }.Pad();

    /// <summary>Fills the highlights up to the most a summary may have, so there is always a row to write in.</summary>
    public SummaryInput Pad()
    {
        var filled = Highlights.Take(Summary.MaxHighlights).ToList();
        while (filled.Count < Summary.MaxHighlights)
        {
            filled.Add(null);
        }

        Highlights = filled;
        return this;
    }

    /// <summary>The rows of the form whose highlight is sent, in order (the command's Highlights[i] is row HighlightRows[i]).</summary>
    public IReadOnlyList<int> HighlightRows => Highlights.Select((h, i) => (h, i)).Where(x => !string.IsNullOrWhiteSpace(x.h)).Select(x => x.i).ToList();

    /// <summary>The rows of the form whose quote is sent: not removed, and with words in it.</summary>
    public IReadOnlyList<int> QuoteRows => Quotes.Select((q, i) => (q, i)).Where(x => !x.q.Remove && !string.IsNullOrWhiteSpace(x.q.Text)).Select(x => x.i).ToList();

    public UpdateSummary.Command ToCommand(Guid id, uint version) => new(
        id, version, Narrative ?? "",
        HighlightRows.Select(i => Highlights[i]!.Trim()).ToList(),
        QuoteRows.Select(i => new QuoteInput(Quotes[i].DialogueId, Quotes[i].QuestionKey ?? "", Quotes[i].Text!)).ToList());

    /// <summary>Whether saving this would change nothing in the draft (so publishing does not make an identical version).</summary>
    public bool SameAs(SummaryDraftDto draft)
    {
        var command = ToCommand(Guid.Empty, 0);
        return command.Narrative.Trim() == draft.Narrative
            && command.Highlights.SequenceEqual(draft.Highlights)
            && command.Quotes.Count == draft.Quotes.Count
            && command.Quotes.Zip(draft.Quotes).All(p => p.First.DialogueId == p.Second.DialogueId && p.First.QuestionKey == p.Second.QuestionKey
                && Whitespace().Replace(p.First.Text, " ").Trim() == p.Second.Text);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>A quote being chosen: its source travels with it in hidden fields; the words may be shortened, not changed.</summary>
    public sealed class QuoteRow
    {
        public Guid DialogueId { get; set; }

        public string? QuestionKey { get; set; }

        /// <summary>Shown beside the row only; the command attributes the quote to the unit itself.</summary>
        public string? UnitName { get; set; }

        [Display(Name = "Field.QuoteText")]
        public string? Text { get; set; }

        public bool Remove { get; set; }
    }
}
