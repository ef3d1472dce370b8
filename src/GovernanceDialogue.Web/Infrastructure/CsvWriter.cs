using System.Collections;
using System.Globalization;
using System.Text;

namespace GovernanceDialogue.Web.Infrastructure;

/// <summary>
/// The one way the app writes CSV (RFC 4180): comma-separated, CRLF after every row, a field holding a comma, quote or
/// line break is quoted with its quotes doubled. Values are written the same everywhere: ISO 8601 dates (instants in
/// UTC), invariant numbers, lists joined by "; ". The bytes are UTF-8 with a byte-order mark, so Excel in a Swedish
/// locale opens å, ä and ö correctly instead of guessing Windows-1252.
/// </summary>
/// <remarks>
/// Text that a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
/// carriage return) gets a leading <c>'</c>: the cells hold what mission writers and executives typed, and opening an
/// open-data file must never run their formulas (CSV injection). Numbers are typed values and are never prefixed.
/// </remarks>
public sealed class CsvWriter
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    private const string NewLine = "\r\n";
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    private readonly StringBuilder text = new();
    private readonly int columns;

    /// <summary>Starts a file with its header row; every later row must have as many cells.</summary>
    public CsvWriter(params string[] header)
    {
        columns = header.Length;
        Row(header);
    }

    /// <summary>Writes one row: strings, numbers, dates, instants, ids, booleans, enums, lists of text, or null (empty).</summary>
    public CsvWriter Row(params object?[] cells)
    {
        if (cells.Length != columns)
        {
            throw new ArgumentException($"A row has {columns} cells, not {cells.Length}.", nameof(cells));
        }

        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(Field(cells[i]));
        }

        text.Append(NewLine);
        return this;
    }

    /// <summary>The file: a UTF-8 byte-order mark, then the rows.</summary>
    public byte[] ToBytes()
    {
        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(text.ToString());
        return [.. preamble, .. body];
    }

    public override string ToString() => text.ToString();

    /// <summary>One cell as it appears in the file (quoted when needed).</summary>
    public static string Field(object? value)
    {
        var cell = Format(value);
        return cell.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    /// <summary>One value as text, before quoting.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        string s => Neutralise(s),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateTime t => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        Guid g => g.ToString("D"),
        bool b => b ? "true" : "false",
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable list => Neutralise(string.Join("; ", list.Cast<object?>().Select(item => Convert.ToString(item, CultureInfo.InvariantCulture)))),
        _ => Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static string Neutralise(string text) =>
        text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0 ? "'" + text : text;
}
