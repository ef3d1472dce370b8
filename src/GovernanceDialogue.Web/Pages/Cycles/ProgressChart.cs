using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Web.Charts;

namespace GovernanceDialogue.Web.Pages.Cycles;

/// <summary>
/// The bars of the progress chart: one per step of a dialogue, plus the overdue ones (a part of those preparing).
/// Geometry is computed here (with <see cref="ChartGeometry"/>, shared with the summaries' charts) so the view only writes numbers into the SVG.
/// </summary>
public sealed record ProgressChart(string PartName, StatusCounts Counts)
{
    public const int Width = 640;
    public const int LabelWidth = 190;
    public const int BarArea = 380;
    public const int RowHeight = 34;
    public const int BarHeight = 22;

    public sealed record Bar(string Key, string CssClass, int Value, int Y, int BarWidth);

    public IReadOnlyList<Bar> Bars
    {
        get
        {
            var rows = new (string Key, string Css, int Value)[]
            {
                ("Progress.Preparing", "bar-preparing", Counts.Preparing),
                ("Progress.Overdue", "bar-overdue", Counts.Overdue),
                ("Progress.Submitted", "bar-submitted", Counts.Submitted),
                ("Progress.Held", "bar-held", Counts.Held),
                ("Progress.Closed", "bar-closed", Counts.Closed),
            };
            var max = Math.Max(1, Counts.Total);
            return rows.Select((r, i) => new Bar(r.Key, r.Css, r.Value, 8 + (i * RowHeight), ChartGeometry.BarLength(r.Value, max, BarArea))).ToList();
        }
    }

    public int Height => 16 + (5 * RowHeight);

    public static int Percent(int value, int total) => ChartGeometry.Percent(value, total);
}
