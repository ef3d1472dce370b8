using System.Collections.Frozen;
using System.Text;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;
using UglyToad.PdfPig.Writer;

namespace GovernanceDialogue.Web.Exports;

/// <summary>
/// One typeface of the PDFs: DejaVu Sans, regular or bold, embedded in this assembly with its licence beside it
/// (<c>Exports/Fonts/LICENSE-DejaVu.txt</c>), so a server or CI machine without installed fonts makes the same
/// document. Knows which characters it has and how wide they are, so layout measures without a page.
/// </summary>
internal sealed class PdfFace
{
    public static readonly PdfFace Regular = new("DejaVuSans");
    public static readonly PdfFace Bold = new("DejaVuSans-Bold");

    /// <summary>What a character the font lacks (emoji, CJK) prints as, instead of failing the whole document.</summary>
    private const char Missing = '?';

    private readonly Lazy<Loaded> loaded;

    private PdfFace(string name) => loaded = new(() => Load(name), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The font's ascent as a share of the size (where the baseline sits below the top of a line).</summary>
    public double Ascent => loaded.Value.Ascent;

    public ReadOnlyMemory<byte> Bytes => loaded.Value.Bytes;

    /// <summary>The width of <paramref name="text"/> at <paramref name="size"/> points, as the PDF viewer will lay it out.</summary>
    public double Measure(string text, double size)
    {
        var widths = loaded.Value.Widths;
        var total = 0.0;
        foreach (var c in text)
        {
            total += widths.TryGetValue(c, out var w) ? w : widths[Missing];
        }

        return total * size;
    }

    /// <summary>The text with characters the font cannot show replaced, tabs as spaces and control characters removed.</summary>
    public string Printable(string text)
    {
        var widths = loaded.Value.Widths;
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\t')
            {
                result.Append(' ');
            }
            else if (char.IsLowSurrogate(c))
            {
                continue;
            }
            else if (!char.IsControl(c))
            {
                result.Append(widths.ContainsKey(c) ? c : Missing);
            }
        }

        return result.ToString();
    }

    private static Loaded Load(string name)
    {
        var resource = $"GovernanceDialogue.Web.Exports.Fonts.{name}.ttf";
        using var stream = typeof(PdfFace).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded font {resource} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        var font = TrueTypeFontParser.Parse(new TrueTypeDataBytes(bytes));
        var unitsPerEm = (double)font.GetUnitsPerEm();
        var cmap = font.WindowsUnicodeCMap ?? throw new InvalidOperationException($"{name} has no Unicode character map.");
        var widths = new Dictionary<char, double>();
        for (var code = 0x20; code <= 0xFFFF; code++)
        {
            if (!char.IsSurrogate((char)code) && cmap.CharacterCodeToGlyphIndex(code) != 0 && font.TryGetAdvanceWidth(code, out var width))
            {
                widths[(char)code] = width / unitsPerEm;
            }
        }

        return new Loaded(bytes, font.TableRegister.HorizontalHeaderTable.Ascent / unitsPerEm, widths.ToFrozenDictionary());
    }

    private sealed record Loaded(byte[] Bytes, double Ascent, FrozenDictionary<char, double> Widths);
}

/// <summary>
/// The faces added to one document. PdfPig writes a TrueType font with a one-byte encoding (at most 255 different
/// characters), so a document that uses more characters of a face gets another copy of it; each copy embeds only the
/// glyphs it uses.
/// </summary>
internal sealed class PdfFontSet(PdfDocumentBuilder builder)
{
    private const int MaxCharacters = 250;

    private readonly Dictionary<PdfFace, List<(PdfDocumentBuilder.AddedFont Font, HashSet<char> Used)>> added = [];

    /// <summary>A copy of <paramref name="face"/> in this document that can write every character of <paramref name="text"/>.</summary>
    public PdfDocumentBuilder.AddedFont For(PdfFace face, string text)
    {
        if (!added.TryGetValue(face, out var copies))
        {
            added[face] = copies = [];
        }

        foreach (var (font, used) in copies)
        {
            var fresh = text.Where(c => !used.Contains(c)).Distinct().Count();
            if (used.Count + fresh <= MaxCharacters)
            {
                used.UnionWith(text);
                return font;
            }
        }

        var copy = (builder.AddTrueTypeFont(face.Bytes), new HashSet<char>(text));
        copies.Add(copy);
        return copy.Item1;
    }
}
