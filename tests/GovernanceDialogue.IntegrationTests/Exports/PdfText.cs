using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace GovernanceDialogue.IntegrationTests.Exports;

/// <summary>
/// The text of a PDF as PdfPig reads it: per page, the words of each line (same baseline) left to right, so a table
/// row reads "Dialoger 3" and a heading reads as written.
/// </summary>
public sealed class PdfText
{
    private PdfText(IReadOnlyList<IReadOnlyList<string>> pages, string title)
    {
        Pages = pages;
        Title = title;
    }

    public IReadOnlyList<IReadOnlyList<string>> Pages { get; }

    public IEnumerable<string> Lines => Pages.SelectMany(p => p);

    public string All => string.Join("\n", Lines);

    public string Title { get; }

    public static PdfText Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(page => (IReadOnlyList<string>)LinesOf(page)).ToList();
        return new PdfText(pages, document.Information.Title ?? "");
    }

    /// <summary>Whether some line holds these words in this order, with nothing between them.</summary>
    public bool HasLine(string text) => Lines.Any(l => l.Contains(text, StringComparison.Ordinal));

    private static List<string> LinesOf(Page page) =>
        page.GetWords()
            .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 0))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))
            .ToList();

    public override string ToString() => All.ToString(CultureInfo.InvariantCulture);
}
