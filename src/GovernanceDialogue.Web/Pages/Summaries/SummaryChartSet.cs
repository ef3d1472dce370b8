using GovernanceDialogue.Core.Domain.Summaries;
using GovernanceDialogue.Core.Features.Summaries;
using GovernanceDialogue.Web.Charts;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Summaries;

/// <summary>
/// A summary's three charts in the reader's language, drawn from <see cref="SummaryCharts"/> (the one source of their
/// numbers, shared with the PDF and the CSV): status per theme, the trend across the scope's cycles and, in the city's
/// summary, the administrations side by side. The data lists are what the tables under the charts show.
/// </summary>
public sealed record SummaryChartSet(
    IReadOnlyList<ThemeStatusBar> Themes,
    BarChart? ThemeChart,
    IReadOnlyList<TrendValue> Trend,
    LineChart? TrendChart,
    IReadOnlyList<ComparisonRow> Comparison,
    BarChart? ComparisonChart)
{
    /// <param name="facts">The facts of the version (or draft) shown.</param>
    /// <param name="localizer">The UI texts.</param>
    /// <param name="idPrefix">Makes the charts' ids unique on the page.</param>
    public static SummaryChartSet From(SummaryFacts facts, IStringLocalizer localizer, string idPrefix = "summary")
    {
        string Percent(int value) => localizer["SummaryChart.Percent", value].Value;
        string Share(int? value) => value is { } v ? Percent(v) : localizer["SummaryChart.NoData"].Value;
        var noData = localizer["SummaryChart.NoData"].Value;

        var themes = SummaryCharts.StatusPerTheme(facts);
        BarChart? themeChart = null;
        if (themes.Count > 0)
        {
            var rows = themes.Select(t => new BarRow(ThemeName(t, localizer), [t.OnTrack, t.Uncertain, t.OffTrack])).ToList();
            var text = localizer["SummaryChart.ThemesText", themes.Sum(t => t.Total), themes.Count,
                string.Join("; ", themes.Select(t => localizer["SummaryChart.ThemesRow", ThemeName(t, localizer), t.OnTrack, t.Uncertain, t.OffTrack].Value))].Value;
            themeChart = new BarChart(
                $"{idPrefix}-themes", localizer["SummaryChart.ThemesTitle"].Value, text,
                [
                    new ChartSeries(localizer["Assessment.OnTrack"].Value, ChartFill.SolidGreen),
                    new ChartSeries(localizer["Assessment.Uncertain"].Value, ChartFill.StripesAmber),
                    new ChartSeries(localizer["Assessment.OffTrack"].Value, ChartFill.HatchRed),
                ],
                rows, stacked: true, scaleMax: null, format: v => v.ToString(System.Globalization.CultureInfo.CurrentCulture), noValue: noData);
        }

        var shares = new[]
        {
            new ChartSeries(localizer["SummaryChart.GoalsOnTrack"].Value, ChartFill.SolidBlue),
            new ChartSeries(localizer["SummaryChart.AgreementsKept"].Value, ChartFill.StripesAmber),
        };

        var trend = SummaryCharts.Trend(facts);
        LineChart? trendChart = null;
        if (trend.Count > 0)
        {
            var text = localizer["SummaryChart.TrendText", trend.Count,
                string.Join("; ", trend.Select(t => localizer["SummaryChart.TrendRow", t.Cycle, Share(t.GoalsOnTrackPercent), Share(t.AgreementsKeptPercent)].Value))].Value;
            trendChart = new LineChart(
                $"{idPrefix}-trend", localizer["SummaryChart.TrendTitle"].Value, text, shares, trend.Select(t => t.Cycle).ToList(),
                [trend.Select(t => t.GoalsOnTrackPercent).ToList(), trend.Select(t => t.AgreementsKeptPercent).ToList()], Percent);
        }

        var comparison = SummaryCharts.Comparison(facts);
        BarChart? comparisonChart = null;
        if (comparison.Count > 0)
        {
            var text = localizer["SummaryChart.ComparisonText", comparison.Count,
                string.Join("; ", comparison.Select(c => localizer["SummaryChart.ComparisonRow", c.Administration, Share(c.GoalsOnTrackPercent), Share(c.AgreementsKeptPercent), c.Held, c.Dialogues].Value))].Value;
            comparisonChart = new BarChart(
                $"{idPrefix}-comparison", localizer["SummaryChart.ComparisonTitle"].Value, text, shares,
                comparison.Select(c => new BarRow(c.Administration, [c.GoalsOnTrackPercent, c.AgreementsKeptPercent])).ToList(),
                stacked: false, scaleMax: 100, format: Percent, noValue: noData);
        }

        return new SummaryChartSet(themes, themeChart, trend, trendChart, comparison, comparisonChart);
    }

    /// <summary>A share as the tables write it, "–" for nothing to count.</summary>
    public static string Share(int? value, IStringLocalizer localizer) =>
        value is { } v ? localizer["SummaryChart.Percent", v].Value : localizer["SummaryChart.NoDataShort"].Value;

    public static string ThemeName(ThemeStatusBar theme, IStringLocalizer localizer) => theme.Theme ?? localizer["Figures.NoTheme"].Value;
}
