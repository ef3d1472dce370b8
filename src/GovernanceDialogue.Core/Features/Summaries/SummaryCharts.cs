using GovernanceDialogue.Core.Domain.Summaries;

namespace GovernanceDialogue.Core.Features.Summaries;

/// <summary>How the goals under one theme were assessed (a stacked bar).</summary>
public sealed record ThemeStatusBar(string? Theme, int OnTrack, int Uncertain, int OffTrack)
{
    public int Total => OnTrack + Uncertain + OffTrack;
}

/// <summary>One cycle on the trend line: the share of assessed goals on track and of agreements made that were kept (null: nothing to count).</summary>
public sealed record TrendValue(string Cycle, DateOnly OpensOn, int? GoalsOnTrackPercent, int? AgreementsKeptPercent);

/// <summary>One administration beside the others.</summary>
public sealed record ComparisonRow(string Administration, int Dialogues, int Held, int? GoalsOnTrackPercent, int? AgreementsKeptPercent);

/// <summary>
/// The three charts of a summary, derived from its facts only, so the reading page (SVG), the PDF and the CSV show the
/// same numbers: status per goal-picture theme, the trend across the scope's cycles, and (for the city) the
/// administrations side by side. Percentages are rounded half away from zero.
/// </summary>
public static class SummaryCharts
{
    public static IReadOnlyList<ThemeStatusBar> StatusPerTheme(SummaryFacts facts) =>
        facts.Figures.Themes.Select(t => new ThemeStatusBar(t.ThemeName, t.OnTrack, t.Uncertain, t.OffTrack)).ToList();

    public static IReadOnlyList<TrendValue> Trend(SummaryFacts facts) =>
        facts.Trend.Select(p => new TrendValue(p.CycleName, p.OpensOn, Percent(p.GoalsOnTrack, p.GoalsAssessed), Percent(p.AgreementsDone, p.AgreementsMade))).ToList();

    public static IReadOnlyList<ComparisonRow> Comparison(SummaryFacts facts) =>
        facts.Parts.Select(p => new ComparisonRow(p.Name, p.Dialogues, p.Held, Percent(p.GoalsOnTrack, p.GoalsAssessed), Percent(p.AgreementsDone, p.AgreementsMade))).ToList();

    public static int? Percent(int part, int whole) =>
        whole == 0 ? null : (int)Math.Round(100m * part / whole, MidpointRounding.AwayFromZero);
}
