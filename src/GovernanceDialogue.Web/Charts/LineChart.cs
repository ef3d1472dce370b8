using System.Globalization;
using System.Text;

namespace GovernanceDialogue.Web.Charts;

/// <summary>
/// A line chart of shares (0–100) over categories in order (e.g. cycles, oldest first), drawn on the server as SVG
/// (<c>_LineChart.cshtml</c>). Each series has its own line style (solid, dashed, dotted) and marker shape (circle,
/// square, diamond) besides its colour, and every point carries its value as text, so colour never carries meaning
/// alone. A missing value breaks the line. Pages give the same data as a table.
/// </summary>
public sealed class LineChart
{
    public const int Width = 640;
    private const int Left = 64;
    private const int Right = 24;
    private const int PlotHeight = 200;
    private const int LabelHeight = 44;
    private const int Inset = 36;

    /// <param name="id">Unique on the page: prefixes the ids of the title and description.</param>
    /// <param name="title">The chart's accessible name.</param>
    /// <param name="description">The text alternative: the numbers in words.</param>
    /// <param name="series">The lines.</param>
    /// <param name="categories">The points along the x axis, in order.</param>
    /// <param name="values">Per series, one value (0–100) per category; null where there is nothing to show.</param>
    /// <param name="format">How a value is written (e.g. "67 %").</param>
    public LineChart(
        string id, string title, string description, IReadOnlyList<ChartSeries> series, IReadOnlyList<string> categories,
        IReadOnlyList<IReadOnlyList<int?>> values, Func<int, string> format)
    {
        Id = id;
        Title = title;
        Description = description;
        Series = series;
        Categories = categories;
        Values = values;
        Format = format;
        Legend = ChartLegend.Layout(series, Width, swatchWidth: 34);
    }

    public string Id { get; }

    public string Title { get; }

    public string Description { get; }

    public IReadOnlyList<ChartSeries> Series { get; }

    public IReadOnlyList<string> Categories { get; }

    public IReadOnlyList<IReadOnlyList<int?>> Values { get; }

    public Func<int, string> Format { get; }

    public ChartLegend Legend { get; }

    public int PlotTop => Legend.Height + 14;

    public int PlotBottom => PlotTop + PlotHeight;

    public int PlotLeft => Left;

    public int PlotRight => Width - Right;

    public int Height => PlotBottom + LabelHeight;

    public IReadOnlyList<(int Y, string Label)> Ticks => [.. Enumerable.Range(0, 5).Select(i => (Y(25 * i), Format(25 * i)))];

    public int X(int category)
    {
        if (Categories.Count <= 1)
        {
            return (Left + Width - Right) / 2;
        }

        var span = Width - Right - Left - (2 * Inset);
        return Left + Inset + (span * category / (Categories.Count - 1));
    }

    public int Y(int value) => PlotBottom - (PlotHeight * Math.Clamp(value, 0, 100) / 100);

    /// <summary>The category labels under the axis, up to two lines each.</summary>
    public IReadOnlyList<string> CategoryLines(int category) =>
        ChartGeometry.Wrap(Categories[category], Math.Max(6, (Width - Left - Right) / Math.Max(1, Categories.Count) / 9));

    /// <summary>The SVG path of a series: a new segment after every missing value.</summary>
    public string PathOf(int series)
    {
        var path = new StringBuilder();
        var pen = false;
        for (var i = 0; i < Categories.Count; i++)
        {
            if (Values[series][i] is { } value)
            {
                path.Append(CultureInfo.InvariantCulture, $"{(pen ? "L" : "M")}{X(i)} {Y(value)} ");
                pen = true;
            }
            else
            {
                pen = false;
            }
        }

        return path.ToString().TrimEnd();
    }

    /// <summary>The line style of a series: solid, dashed, dotted.</summary>
    public static string? DashOf(int series) => (series % 3) switch
    {
        1 => "9 5",
        2 => "2 5",
        _ => null,
    };

    /// <summary>The marker of a series at (x, y): a circle, a square or a diamond, as an SVG path.</summary>
    public static string MarkerOf(int series, int x, int y) => (series % 3) switch
    {
        1 => FormattableString.Invariant($"M{x - 5} {y - 5}h10v10h-10z"),
        2 => FormattableString.Invariant($"M{x} {y - 7}l7 7l-7 7l-7 -7z"),
        _ => FormattableString.Invariant($"M{x - 6} {y}a6 6 0 1 0 12 0a6 6 0 1 0 -12 0z"),
    };

    /// <summary>Where a point's value is written: above the point for the first series, below for the others, so two values at one point never overlap.</summary>
    public int ValueY(int series, int value) => series == 0 || value < 12 ? Y(value) - 11 : Y(value) + 24;
}
