namespace GovernanceDialogue.Web.Exports;

/// <summary>One theme's stacked bar: goals on track, uncertain and off track.</summary>
internal sealed record StatusBar(string Label, int OnTrack, int Uncertain, int OffTrack)
{
    public int Total => OnTrack + Uncertain + OffTrack;
}

/// <summary>A pair of shares (0–100, null when there was nothing to count): goals on track and agreements kept.</summary>
internal sealed record SharePair(string Label, int? Goals, int? Agreements);

/// <summary>The words a chart shows besides the numbers.</summary>
internal sealed record ChartWords(string OnTrack, string Uncertain, string OffTrack, string Goals, string Agreements, string Count, string Share, string NoValue);

/// <summary>
/// The summary's three charts as vector drawings, the same data as the reading page's SVG: goal assessments per theme
/// (horizontal stacked bars), the trend across cycles (two lines of shares) and the administrations side by side
/// (paired bars). Colours differ in lightness as well as hue, the two trend lines also by dash and marker, and every
/// value is also written as a number, so the charts read in black and white; each is followed by a table of its
/// numbers in the document.
/// </summary>
internal static class PdfCharts
{
    public static readonly Rgb OnTrack = new(0x1A, 0x7F, 0x37);
    public static readonly Rgb Uncertain = new(0xF2, 0xC1, 0x4E);
    public static readonly Rgb OffTrack = new(0xB4, 0x23, 0x18);
    public static readonly Rgb GoalsSeries = new(0x21, 0x66, 0xAC);
    public static readonly Rgb AgreementsSeries = new(0xC2, 0x5E, 0x0A);

    private const double LegendHeight = 20;
    private const double AxisHeight = 20;
    private const double StatusRow = 24;
    private const double ComparisonRow = 34;

    public static double StatusHeight(int bars) => LegendHeight + bars * StatusRow + AxisHeight;

    public static double TrendHeight => 210;

    public static double ComparisonHeight(int rows) => LegendHeight + rows * ComparisonRow + AxisHeight;

    public static void StatusPerTheme(PdfLayout pdf, PdfArea area, IReadOnlyList<StatusBar> bars, ChartWords words)
    {
        Legend(pdf, area.X, area.Top, [(words.OnTrack, OnTrack, false), (words.Uncertain, Uncertain, false), (words.OffTrack, OffTrack, false)]);

        var labelWidth = area.Width * 0.32;
        var x0 = area.X + labelWidth + 8;
        var plotWidth = area.Right - x0 - 28;
        var top = area.Top + LegendHeight;
        var bottom = top + bars.Count * StatusRow;
        var largest = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Total));
        var step = NiceStep(largest);
        var max = Math.Ceiling(largest / step) * step;

        Grid(pdf, x0, plotWidth, top, bottom, max, step, v => v.ToString("N0", pdf.Culture));
        pdf.Text(words.Count, pdf.Small, area.X, bottom + 3, PdfLayout.Muted, Align.Right, labelWidth);

        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var rowTop = top + i * StatusRow;
            var barTop = rowTop + (StatusRow - 14) / 2;
            pdf.TextInBox(PdfLayout.Truncate(bar.Label, pdf.Small, labelWidth), pdf.Small, area.X, rowTop, labelWidth, StatusRow, PdfLayout.Ink, Align.Right);
            var x = x0;
            foreach (var (count, color, light) in new[] { (bar.OnTrack, OnTrack, false), (bar.Uncertain, Uncertain, true), (bar.OffTrack, OffTrack, false) })
            {
                if (count == 0)
                {
                    continue;
                }

                var width = plotWidth * count / max;
                pdf.FillRect(x, barTop, width, 14, color);
                var text = ExportFormat.Number(count, pdf.Culture);
                if (pdf.SmallBold.Measure(text) + 4 <= width)
                {
                    pdf.TextInBox(text, pdf.SmallBold, x, barTop, width, 14, light ? PdfLayout.Ink : PdfLayout.White, Align.Center);
                }

                x += width;
            }

            pdf.TextInBox(ExportFormat.Number(bar.Total, pdf.Culture), pdf.SmallBold, x + 4, barTop, 40, 14, PdfLayout.Ink, Align.Left);
        }
    }

    public static void Trend(PdfLayout pdf, PdfArea area, IReadOnlyList<SharePair> points, ChartWords words)
    {
        Legend(pdf, area.X, area.Top, [(words.Goals, GoalsSeries, true), (words.Agreements, AgreementsSeries, false)]);

        var left = area.X + 38;
        var right = area.Right - 12;
        var top = area.Top + LegendHeight + 14;
        var bottom = area.Bottom - AxisHeight - 4;
        for (var v = 0; v <= 100; v += 25)
        {
            var py = bottom - (bottom - top) * v / 100.0;
            pdf.Line(left, py, right, py, v == 0 ? 0.8 : 0.4, v == 0 ? PdfLayout.Muted : PdfLayout.Rule);
            pdf.TextInBox(ExportFormat.Percent(v, pdf.Culture), pdf.Small, area.X, py - 6, 34, 12, PdfLayout.Muted, Align.Right);
        }

        pdf.Text(words.Share, pdf.Small, area.X, area.Top + LegendHeight, PdfLayout.Muted);
        if (points.Count == 0)
        {
            return;
        }

        const double pad = 24;
        var slot = (right - left) / points.Count;
        double X(int i) => points.Count == 1 ? (left + right) / 2 : left + pad + i * (right - left - 2 * pad) / (points.Count - 1);
        double Y(int v) => bottom - (bottom - top) * v / 100.0;
        for (var i = 0; i < points.Count; i++)
        {
            var label = PdfLayout.Truncate(points[i].Label, pdf.Small, Math.Max(slot - 4, 24));
            pdf.Text(label, pdf.Small, X(i) - slot / 2, bottom + 7, PdfLayout.Ink, Align.Center, slot);
        }

        var labels = points.Count <= 12;
        Series(pdf, points.Select(p => p.Goals).ToList(), X, Y, GoalsSeries, dashed: false, above: true, labels);
        Series(pdf, points.Select(p => p.Agreements).ToList(), X, Y, AgreementsSeries, dashed: true, above: false, labels);
    }

    public static void Comparison(PdfLayout pdf, PdfArea area, IReadOnlyList<SharePair> rows, ChartWords words)
    {
        Legend(pdf, area.X, area.Top, [(words.Goals, GoalsSeries, false), (words.Agreements, AgreementsSeries, false)]);

        var labelWidth = area.Width * 0.32;
        var x0 = area.X + labelWidth + 8;
        var plotWidth = area.Right - x0 - 36;
        var top = area.Top + LegendHeight;
        var bottom = top + rows.Count * ComparisonRow;
        Grid(pdf, x0, plotWidth, top, bottom, 100, 25, v => ExportFormat.Percent((int)v, pdf.Culture));

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var rowTop = top + i * ComparisonRow;
            pdf.TextInBox(PdfLayout.Truncate(row.Label, pdf.Small, labelWidth), pdf.Small, area.X, rowTop, labelWidth, ComparisonRow, PdfLayout.Ink, Align.Right);
            var barTop = rowTop + (ComparisonRow - 26) / 2;
            foreach (var (value, color, offset) in new[] { (row.Goals, GoalsSeries, 0.0), (row.Agreements, AgreementsSeries, 13.0) })
            {
                var width = plotWidth * (value ?? 0) / 100.0;
                pdf.FillRect(x0, barTop + offset, width, 11, color);
                var text = value is { } v ? ExportFormat.Percent(v, pdf.Culture) : words.NoValue;
                pdf.TextInBox(text, pdf.Small, x0 + width + 3, barTop + offset, 40, 11, PdfLayout.Ink, Align.Left);
            }
        }
    }

    private static void Series(PdfLayout pdf, List<int?> values, Func<int, double> x, Func<int, double> y, Rgb color, bool dashed, bool above, bool labels)
    {
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i - 1] is { } a && values[i] is { } b)
            {
                if (dashed)
                {
                    pdf.DashedLine(x(i - 1), y(a), x(i), y(b), 1.8, color);
                }
                else
                {
                    pdf.Line(x(i - 1), y(a), x(i), y(b), 1.8, color);
                }
            }
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } v)
            {
                continue;
            }

            if (dashed)
            {
                pdf.FillRect(x(i) - 3.2, y(v) - 3.2, 6.4, 6.4, color);
            }
            else
            {
                pdf.FillCircle(x(i), y(v), 7, color);
            }

            if (labels)
            {
                // Goals' values above their markers, agreements' to the right: apart even when the two meet.
                var text = ExportFormat.Percent(v, pdf.Culture);
                if (above)
                {
                    pdf.TextInBox(text, pdf.SmallBold, x(i) - 25, y(v) - 17, 50, 11, color, Align.Center);
                }
                else
                {
                    pdf.TextInBox(text, pdf.SmallBold, x(i) + 6, y(v) - 5.5, 50, 11, color, Align.Left);
                }
            }
        }
    }

    private static void Grid(PdfLayout pdf, double x0, double width, double top, double bottom, double max, double step, Func<double, string> label)
    {
        for (var v = 0.0; v <= max + step / 2; v += step)
        {
            var x = x0 + width * v / max;
            pdf.Line(x, top, x, bottom, v == 0 ? 0.8 : 0.4, v == 0 ? PdfLayout.Muted : PdfLayout.Rule);
            pdf.Text(label(v), pdf.Small, x - 20, bottom + 3, PdfLayout.Muted, Align.Center, 40);
        }
    }

    private static void Legend(PdfLayout pdf, double x, double top, IReadOnlyList<(string Text, Rgb Color, bool Circle)> items)
    {
        foreach (var (text, color, circle) in items)
        {
            if (circle)
            {
                pdf.FillCircle(x + 4.5, top + 6.5, 9, color);
            }
            else
            {
                pdf.FillRect(x, top + 2, 9, 9, color);
            }

            pdf.Text(text, pdf.Small, x + 13, top + 2, PdfLayout.Ink);
            x += 13 + pdf.Small.Measure(text) + 16;
        }
    }

    /// <summary>A step of 1, 2 or 5 times a power of ten that gives at most about five gridlines.</summary>
    private static double NiceStep(double max)
    {
        var raw = max / 5;
        var power = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(raw, 1))));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * power).First(s => s >= raw);
        return Math.Max(1, step);
    }
}
