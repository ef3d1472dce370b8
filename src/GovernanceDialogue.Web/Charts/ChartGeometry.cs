namespace GovernanceDialogue.Web.Charts;

/// <summary>
/// The arithmetic every server-side chart shares, so bars and shares are drawn and rounded the same way on every page
/// (the cycle's progress chart and the summaries' charts).
/// </summary>
public static class ChartGeometry
{
    /// <summary>The length of a bar for <paramref name="value"/> on a scale to <paramref name="max"/>: never 0 for a value above 0, so it stays visible.</summary>
    public static int BarLength(int value, int max, int area) =>
        value <= 0 ? 0 : Math.Max(2, (int)((long)value * area / Math.Max(1, max)));

    /// <summary>A share in whole percent (0 when there is nothing to share).</summary>
    public static int Percent(int value, int total) => total == 0 ? 0 : (int)Math.Round(100.0 * value / total);

    /// <summary>
    /// A label split into at most <paramref name="lines"/> lines of about <paramref name="width"/> characters at spaces
    /// (SVG text does not wrap); the last line ends in an ellipsis when the label is longer. The full label is in the table.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string label, int width, int lines = 2)
    {
        var result = new List<string>();
        var current = "";
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => Pieces(w, width)))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                result.Add(current);
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : current + " " + word;
            }
        }

        if (current.Length > 0)
        {
            result.Add(current);
        }

        if (result.Count > lines)
        {
            result = result.Take(lines).ToList();
            result[^1] = Shorten(result[^1] + "…", width + 1);
        }

        return result.Select(l => Shorten(l, width + 1)).ToList();
    }

    /// <summary>A word longer than a line is broken with a hyphen (Swedish compounds can be long).</summary>
    private static IEnumerable<string> Pieces(string word, int width)
    {
        while (word.Length > width)
        {
            yield return word[..(width - 1)] + "-";
            word = word[(width - 1)..];
        }

        yield return word;
    }

    private static string Shorten(string line, int max) => line.Length <= max ? line : line[..(max - 1)] + "…";
}
