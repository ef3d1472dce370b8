using GovernanceDialogue.Core.Domain.Summaries;

namespace GovernanceDialogue.Web.Pages.Summaries;

/// <summary>
/// The generated facts of a summary as the reading page and the editor show them: key figures, the three charts with
/// their tables, and the recurring challenges and support asked (words with counts, never the notes).
/// </summary>
/// <param name="Facts">The facts of the version or draft shown.</param>
/// <param name="Charts">Its charts in the reader's language.</param>
/// <param name="Level">The level of the section headings (2 on the reading page, 3 in the editor's facts column).</param>
public sealed record SummaryFactsView(SummaryFacts Facts, SummaryChartSet Charts, int Level)
{
    public int GoalsAssessed => Facts.Figures.Themes.Sum(t => t.OnTrack + t.Uncertain + t.OffTrack);

    public int GoalsOnTrack => Facts.Figures.Themes.Sum(t => t.OnTrack);

    public int DialoguesHeld => Facts.Figures.Held + Facts.Figures.Closed;
}
