namespace GovernanceDialogue.Web.Charts;

/// <summary>One row of a bar chart: its label and one value per series (null: nothing to show, e.g. a share of nothing).</summary>
public sealed record BarRow(string Label, IReadOnlyList<int?> Values);

/// <summary>
/// A horizontal bar chart drawn on the server as SVG (<c>_BarChart.cshtml</c>): per row either one bar stacked from
/// the series (counts) or one bar per series side by side (shares). Every bar has its series' pattern, every value is
/// written beside or inside its bar, and a legend names the patterns, so neither colour nor shape carries meaning
/// alone. The geometry is computed here so the view only writes numbers. Pages give the same data as a table.
/// </summary>
public sealed class BarChart
{
    public const int Width = 640;
    public const int LabelWidth = 235;
    public const int BarArea = 320;
    public const int LineHeight = 17;
    private const int StackedBarHeight = 26;
    private const int GroupedBarHeight = 20;
    private const int GroupGap = 4;
    private const int RowGap = 16;
    private const int LegendItemHeight = 26;
    private const int AxisHeight = 26;
    private const int MinimumInsideLabel = 28;

    /// <summary>About as many characters of the 15px labels as fit left of the bars.</summary>
    private const int LabelChars = (LabelWidth - 12) / 8;

    /// <param name="id">Unique on the page: prefixes the ids of the title, description and patterns.</param>
    /// <param name="title">The chart's accessible name.</param>
    /// <param name="description">The text alternative: the numbers in words.</param>
    /// <param name="series">The series, in legend and stacking order.</param>
    /// <param name="rows">The rows, top to bottom.</param>
    /// <param name="stacked">One stacked bar per row (counts), or one bar per series (side by side).</param>
    /// <param name="scaleMax">The value at the end of the scale (100 for shares, drawn with gridlines); null: the largest row.</param>
    /// <param name="format">How a value is written (e.g. "67 %").</param>
    /// <param name="noValue">What is written where a value is null.</param>
    public BarChart(
        string id, string title, string description, IReadOnlyList<ChartSeries> series, IReadOnlyList<BarRow> rows, bool stacked, int? scaleMax,
        Func<int, string> format, string noValue)
    {
        Id = id;
        Title = title;
        Description = description;
        Series = series;
        Rows = rows;
        Stacked = stacked;
        ScaleMax = scaleMax;
        Format = format;
        NoValue = noValue;
        Legend = ChartLegend.Layout(series, Width);
        Layout = BuildLayout();
    }

    public string Id { get; }

    public string Title { get; }

    public string Description { get; }

    public IReadOnlyList<ChartSeries> Series { get; }

    public IReadOnlyList<BarRow> Rows { get; }

    public bool Stacked { get; }

    public int? ScaleMax { get; }

    public Func<int, string> Format { get; }

    public string NoValue { get; }

    public ChartLegend Legend { get; }

    public IReadOnlyList<RowLayout> Layout { get; }

    /// <summary>Gridlines with their labels, for a fixed scale (shares).</summary>
    public IReadOnlyList<(int X, string Label)> Ticks =>
        ScaleMax is { } max
            ? [.. Enumerable.Range(0, 5).Select(i => (LabelWidth + (BarArea * i / 4), Format(max * i / 4)))]
            : [];

    public int PlotTop => Legend.Height + (ScaleMax is null ? 0 : AxisHeight);

    public int Height => (Layout.Count == 0 ? PlotTop : Layout[^1].Bottom) + 8;

    public sealed record Segment(int SeriesIndex, int X, int Y, int Length, int Thickness, int? Value, string Text, int TextX, int TextY, bool TextInside);

    public sealed record RowLayout(IReadOnlyList<string> LabelLines, int LabelY, IReadOnlyList<Segment> Segments, int Top, int Bottom, string? Total, int TotalX, int TotalY);

    private List<RowLayout> BuildLayout()
    {
        var max = ScaleMax ?? Math.Max(1, Rows.Select(r => Stacked ? r.Values.Sum(v => v ?? 0) : r.Values.Max(v => v ?? 0)).DefaultIfEmpty(0).Max());
        var result = new List<RowLayout>();
        var top = PlotTop + 6;
        foreach (var row in Rows)
        {
            var lines = ChartGeometry.Wrap(row.Label, LabelChars);
            var segments = new List<Segment>();
            int height;
            string? total = null;
            var totalX = 0;
            if (Stacked)
            {
                height = Math.Max(StackedBarHeight, lines.Count * LineHeight);
                var y = top + ((height - StackedBarHeight) / 2);
                var x = LabelWidth;
                var sum = 0;
                for (var s = 0; s < Series.Count; s++)
                {
                    var value = s < row.Values.Count ? row.Values[s] ?? 0 : 0;
                    sum += value;
                    var end = LabelWidth + ChartGeometry.BarLength(sum, max, BarArea);
                    var length = value == 0 ? 0 : Math.Max(2, end - x);
                    var inside = length >= MinimumInsideLabel;
                    segments.Add(new Segment(s, x, y, length, StackedBarHeight, value, Format(value), x + (length / 2), y + 18, inside));
                    x += length;
                }

                total = Format(sum);
                totalX = x + 8;
            }
            else
            {
                var group = (Series.Count * GroupedBarHeight) + ((Series.Count - 1) * GroupGap);
                height = Math.Max(group, lines.Count * LineHeight);
                var y = top + ((height - group) / 2);
                for (var s = 0; s < Series.Count; s++)
                {
                    var value = s < row.Values.Count ? row.Values[s] : null;
                    var length = value is { } v ? ChartGeometry.BarLength(v, max, BarArea) : 0;
                    var barY = y + (s * (GroupedBarHeight + GroupGap));
                    segments.Add(new Segment(
                        s, LabelWidth, barY, length, GroupedBarHeight, value, value is { } shown ? Format(shown) : NoValue, LabelWidth + length + 6, barY + 15, false));
                }
            }

            var centre = top + (height / 2);
            var labelY = centre + 5 - ((lines.Count - 1) * LineHeight / 2);
            result.Add(new RowLayout(lines, labelY, segments, top, top + height, total, totalX, centre + 5));
            top += height + RowGap;
        }

        return result;
    }
}

/// <summary>The legend above a chart: a swatch (pattern or line sample) and the series' name, wrapped to the chart's width.</summary>
public sealed record ChartLegend(IReadOnlyList<ChartLegend.Item> Items, int Height)
{
    private const int SwatchWidth = 18;
    private const int ItemHeight = 26;

    public sealed record Item(int SeriesIndex, int X, int Y, string Name);

    public static ChartLegend Layout(IReadOnlyList<ChartSeries> series, int width, int swatchWidth = SwatchWidth)
    {
        var items = new List<Item>();
        var (x, y) = (0, 0);
        for (var i = 0; i < series.Count; i++)
        {
            // About 8.5 units per character of the 15px labels, plus the swatch and a gap.
            var itemWidth = swatchWidth + 8 + (int)(series[i].Name.Length * 8.5) + 24;
            if (x > 0 && x + itemWidth > width)
            {
                (x, y) = (0, y + ItemHeight);
            }

            items.Add(new Item(i, x, y, series[i].Name));
            x += itemWidth;
        }

        return new ChartLegend(items, series.Count == 0 ? 0 : y + ItemHeight + 8);
    }
}
