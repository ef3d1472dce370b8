using System.Globalization;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace GovernanceDialogue.Web.Exports;

/// <summary>A colour, 0–255 per channel.</summary>
internal readonly record struct Rgb(byte R, byte G, byte B);

/// <summary>A face at a size in points.</summary>
internal sealed record PdfFont(PdfFace Face, double Size)
{
    public double LineHeight => Size * 1.25;

    public double Measure(string text) => Face.Measure(text, Size);
}

/// <summary>How a text sits in the width it is given.</summary>
internal enum Align
{
    Left,
    Center,
    Right,
}

/// <summary>A table column: its header, its share of the width, and whether it holds numbers (right-aligned).</summary>
internal sealed record PdfColumn(string Header, double Weight = 1, bool Numeric = false);

/// <summary>
/// A small flow layout on PdfPig's PDF writer: A4 pages with margins, headings that stay with what follows,
/// word-wrapped paragraphs, bullets, tables whose header row repeats on every page, vector figures, automatic page
/// breaks, and "page n of m" footers written when the document is finished. Positions are measured from the top of
/// the page (as one reads); the writer's own origin is the bottom left. Everything is vector text and drawing in one
/// embedded font, so it prints sharply at any size. The documents are PDF/A-2b, the archival form of PDF.
/// </summary>
internal sealed class PdfLayout : IDisposable
{
    public const double Margin = 56.7; // 20 mm
    private const double FooterHeight = 22;
    private const double CellPadding = 3.5;

    public static readonly Rgb Ink = new(0x1F, 0x23, 0x28);
    public static readonly Rgb Muted = new(0x57, 0x60, 0x6A);
    public static readonly Rgb Rule = new(0xB8, 0xBF, 0xC6);
    public static readonly Rgb Shade = new(0xEE, 0xF1, 0xF4);
    public static readonly Rgb White = new(0xFF, 0xFF, 0xFF);

    private readonly PdfDocumentBuilder document = new() { ArchiveStandard = PdfAStandard.A2B };
    private readonly PdfFontSet fonts;
    private readonly List<PdfPageBuilder> pages = [];
    private PdfPageBuilder page = default!;
    private double y;

    public PdfLayout(string title, string subject, CultureInfo culture)
    {
        Culture = culture;
        Title = title;
        fonts = new PdfFontSet(document);
        document.DocumentInformation.Title = title;
        document.DocumentInformation.Subject = subject;
        document.DocumentInformation.Author = "GovernanceDialogue";
        document.DocumentInformation.Creator = "GovernanceDialogue";
        NewPage();
    }

    public CultureInfo Culture { get; }

    public string Title { get; }

    public PdfFont Body { get; } = new(PdfFace.Regular, 10.5);

    public PdfFont Bold { get; } = new(PdfFace.Bold, 10.5);

    public PdfFont Small { get; } = new(PdfFace.Regular, 8.5);

    public PdfFont SmallBold { get; } = new(PdfFace.Bold, 8.5);

    public PdfFont TableText { get; } = new(PdfFace.Regular, 9);

    public PdfFont H1 { get; } = new(PdfFace.Bold, 18);

    public PdfFont H2 { get; } = new(PdfFace.Bold, 14);

    public PdfFont H3 { get; } = new(PdfFace.Bold, 11.5);

    public static double Left => Margin;

    public double PageWidth => page.PageSize.Width;

    public double PageHeight => page.PageSize.Height;

    public double Width => PageWidth - 2 * Margin;

    public int PageCount => pages.Count;

    private double Bottom => PageHeight - Margin - FooterHeight;

    private static double Top => Margin;

    public void NewPage()
    {
        page = document.AddPage(PageSize.A4);
        pages.Add(page);
        y = Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one.</summary>
    public void EnsureSpace(double height)
    {
        if (y + height > Bottom && y > Top)
        {
            NewPage();
        }
    }

    public void Space(double points) => y = Math.Min(y + points, Bottom);

    /// <summary>A heading (1–3), kept on the same page as the first lines after it.</summary>
    public void Heading(string text, int level)
    {
        var font = level switch { 1 => H1, 2 => H2, _ => H3 };
        var lines = Wrap(text, font, Width);
        var before = level == 1 || y <= Top ? 0 : level == 2 ? 14 : 8;
        EnsureSpace(before + lines.Count * font.LineHeight + 3 * Body.LineHeight);
        Space(before);
        DrawLines(lines, font, Ink, Left, Width);
        Space(level == 1 ? 6 : 3);
    }

    /// <summary>Text wrapped to the width; blank lines in it become paragraph breaks. Nothing is drawn for empty text.</summary>
    public void Paragraph(string? text, PdfFont? font = null, Rgb? color = null, double indent = 0)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        font ??= Body;
        DrawLines(Wrap(text.Trim(), font, Width - indent), font, color ?? Ink, Left + indent, Width - indent);
        Space(font.LineHeight * 0.45);
    }

    /// <summary>A bold label with its text below (or <paramref name="whenEmpty"/> when there is none).</summary>
    public void Labelled(string label, string? text, string whenEmpty = "–")
    {
        var lines = Wrap(label, Bold, Width);
        EnsureSpace(lines.Count * Bold.LineHeight + 2 * Body.LineHeight);
        DrawLines(lines, Bold, Ink, Left, Width);
        Paragraph(string.IsNullOrWhiteSpace(text) ? whenEmpty : text);
    }

    public void Bullets(IEnumerable<string> items)
    {
        const double indent = 14;
        foreach (var item in items)
        {
            var lines = Wrap(item.Trim(), Body, Width - indent);
            EnsureSpace(Body.LineHeight);
            Text("•", Body, Left + 3, y, Ink);
            DrawLines(lines, Body, Ink, Left + indent, Width - indent);
            Space(Body.LineHeight * 0.2);
        }

        Space(Body.LineHeight * 0.3);
    }

    /// <summary>
    /// A table with a shaded header row that repeats after every page break; cells wrap, numeric columns align right.
    /// </summary>
    public void Table(IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<string>> rows, string? caption = null)
    {
        var total = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => Width * c.Weight / total).ToArray();
        var headerCells = columns.Select((c, i) => Wrap(c.Header, SmallBold, widths[i] - 2 * CellPadding)).ToList();
        var headerHeight = headerCells.Max(l => l.Count) * SmallBold.LineHeight + 2 * CellPadding;

        var prepared = rows.Select(r => r.Select((cell, i) => Wrap(cell, TableText, widths[i] - 2 * CellPadding)).ToList()).ToList();
        var firstHeight = prepared.Count == 0 ? 0 : prepared[0].Max(l => l.Count) * TableText.LineHeight + 2 * CellPadding;
        var captionLines = caption is null ? [] : Wrap(caption, SmallBold, Width);
        EnsureSpace(captionLines.Count * SmallBold.LineHeight + headerHeight + firstHeight);
        if (captionLines.Count > 0)
        {
            DrawLines(captionLines, SmallBold, Muted, Left, Width);
            Space(2);
        }

        DrawRow(headerCells, widths, columns, SmallBold, headerHeight, header: true);
        foreach (var cells in prepared)
        {
            var height = cells.Max(l => l.Count) * TableText.LineHeight + 2 * CellPadding;
            if (y + height > Bottom)
            {
                NewPage();
                DrawRow(headerCells, widths, columns, SmallBold, headerHeight, header: true);
            }

            DrawRow(cells, widths, columns, TableText, height, header: false);
        }

        Space(Body.LineHeight * 0.8);
    }

    /// <summary>
    /// A drawing of a fixed height (a chart), moved to the next page whole when it does not fit. The drawing gets its
    /// area as (left, top, width, height), measured from the top of the page.
    /// </summary>
    public void Figure(double height, Action<PdfArea> draw)
    {
        EnsureSpace(height);
        draw(new PdfArea(Left, y, Width, height));
        y += height;
        Space(6);
    }

    /// <summary>Writes the footer (title and "page n of m") on every page and returns the PDF.</summary>
    public byte[] Finish(Func<int, int, string> pageLabel)
    {
        var footerTitle = Truncate(Title, Small, Width * 0.65);
        for (var i = 0; i < pages.Count; i++)
        {
            page = pages[i];
            var top = PageHeight - Margin - FooterHeight + 8;
            Line(Left, top, Left + Width, top, 0.5, Rule);
            Text(footerTitle, Small, Left, top + 4, Muted);
            Text(pageLabel(i + 1, pages.Count), Small, Left, top + 4, Muted, Align.Right, Width);
        }

        return document.Build();
    }

    public void Dispose() => document.Dispose();

    // ----- drawing, in top-down coordinates -----

    /// <summary>One line of text with its top at <paramref name="top"/>, aligned in <paramref name="width"/> from <paramref name="x"/>.</summary>
    public void Text(string text, PdfFont font, double x, double top, Rgb color, Align align = Align.Left, double width = 0)
    {
        var printable = font.Face.Printable(text);
        if (printable.Length == 0)
        {
            return;
        }

        var measured = font.Measure(printable);
        var left = align switch
        {
            Align.Right => x + width - measured,
            Align.Center => x + (width - measured) / 2,
            _ => x,
        };
        page.SetTextAndFillColor(color.R, color.G, color.B);
        page.AddText(printable, font.Size, new PdfPoint(left, PageHeight - top - font.Face.Ascent * font.Size), fonts.For(font.Face, printable));
        page.ResetColor();
    }

    /// <summary>One line of text centred vertically in a box of <paramref name="height"/> from <paramref name="top"/>.</summary>
    public void TextInBox(string text, PdfFont font, double x, double top, double width, double height, Rgb color, Align align)
    {
        // The cap height of DejaVu Sans is about 0.73 em: centre that, not the whole line box.
        var textTop = top + (height - 0.73 * font.Size) / 2 - (font.Face.Ascent - 0.73) * font.Size;
        Text(text, font, x, textTop, color, align, width);
    }

    public void FillRect(double x, double top, double width, double height, Rgb color)
    {
        if (width <= 0 || height <= 0)
        {
            return;
        }

        page.SetStrokeColor(color.R, color.G, color.B);
        page.SetTextAndFillColor(color.R, color.G, color.B);
        page.DrawRectangle(new PdfPoint(x, PageHeight - top - height), width, height, 0.01, fill: true);
        page.ResetColor();
    }

    public void StrokeRect(double x, double top, double width, double height, double lineWidth, Rgb color)
    {
        page.SetStrokeColor(color.R, color.G, color.B);
        page.DrawRectangle(new PdfPoint(x, PageHeight - top - height), width, height, lineWidth);
        page.ResetColor();
    }

    public void Line(double x1, double top1, double x2, double top2, double lineWidth, Rgb color)
    {
        page.SetStrokeColor(color.R, color.G, color.B);
        page.DrawLine(new PdfPoint(x1, PageHeight - top1), new PdfPoint(x2, PageHeight - top2), lineWidth);
        page.ResetColor();
    }

    /// <summary>A dashed line, drawn as short segments (dash, gap).</summary>
    public void DashedLine(double x1, double top1, double x2, double top2, double lineWidth, Rgb color, double dash = 4, double gap = 2.5)
    {
        var length = Math.Sqrt((x2 - x1) * (x2 - x1) + (top2 - top1) * (top2 - top1));
        if (length == 0)
        {
            return;
        }

        var (dx, dy) = ((x2 - x1) / length, (top2 - top1) / length);
        for (var at = 0.0; at < length; at += dash + gap)
        {
            var end = Math.Min(at + dash, length);
            Line(x1 + dx * at, top1 + dy * at, x1 + dx * end, top1 + dy * end, lineWidth, color);
        }
    }

    public void FillCircle(double centreX, double centreTop, double diameter, Rgb color)
    {
        page.SetStrokeColor(color.R, color.G, color.B);
        page.SetTextAndFillColor(color.R, color.G, color.B);
        page.DrawCircle(new PdfPoint(centreX, PageHeight - centreTop), diameter, 0.01, fill: true);
        page.ResetColor();
    }

    /// <summary>Splits text into lines that fit <paramref name="width"/>: at spaces, and inside a word only when it alone is too long.</summary>
    public List<string> Wrap(string text, PdfFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(font.Face.Printable))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (font.Measure(candidate) <= width)
                {
                    current = candidate;
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(current);
                }

                current = word;
                while (current.Length > 1 && font.Measure(current) > width)
                {
                    var fits = 1;
                    while (fits < current.Length && font.Measure(current[..(fits + 1)]) <= width)
                    {
                        fits++;
                    }

                    lines.Add(current[..fits]);
                    current = current[fits..];
                }
            }

            lines.Add(current);
        }

        while (lines.Count > 1 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    public static string Truncate(string text, PdfFont font, double width)
    {
        if (font.Measure(text) <= width)
        {
            return text;
        }

        var length = text.Length;
        while (length > 1 && font.Measure(text[..length] + "…") > width)
        {
            length--;
        }

        return text[..length].TrimEnd() + "…";
    }

    private void DrawLines(IReadOnlyList<string> lines, PdfFont font, Rgb color, double x, double width)
    {
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                Space(font.LineHeight * 0.6);
                continue;
            }

            EnsureSpace(font.LineHeight);
            Text(line, font, x, y, color, Align.Left, width);
            y += font.LineHeight;
        }
    }

    private void DrawRow(List<List<string>> cells, double[] widths, IReadOnlyList<PdfColumn> columns, PdfFont font, double height, bool header)
    {
        if (header)
        {
            FillRect(Left, y, Width, height, Shade);
        }

        var x = Left;
        for (var i = 0; i < cells.Count; i++)
        {
            var lineTop = y + CellPadding;
            foreach (var line in cells[i])
            {
                Text(line, font, x + CellPadding, lineTop, Ink, columns[i].Numeric ? Align.Right : Align.Left, widths[i] - 2 * CellPadding);
                lineTop += font.LineHeight;
            }

            x += widths[i];
        }

        y += height;
        Line(Left, y, Left + Width, y, header ? 0.8 : 0.4, header ? Muted : Rule);
    }
}

/// <summary>A figure's area on its page: left, top (from the top of the page), width and height in points.</summary>
internal readonly record struct PdfArea(double X, double Top, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Top + Height;
}
