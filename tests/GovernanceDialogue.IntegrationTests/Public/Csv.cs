using System.Text;

namespace GovernanceDialogue.IntegrationTests.Public;

/// <summary>
/// An independent RFC 4180 reader for the tests, so a CSV file is checked by parsing it back rather than by comparing
/// it with what the app's own writer would produce.
/// </summary>
public static class Csv
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The rows of a UTF-8 file that must start with a byte-order mark and end every row with CRLF.</summary>
    public static List<string[]> Parse(byte[] bytes)
    {
        Assert.True(bytes.AsSpan().StartsWith(Bom), "The CSV file does not start with a UTF-8 byte-order mark.");
        var text = new UTF8Encoding(false, true).GetString(bytes, Bom.Length, bytes.Length - Bom.Length);
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "A quoted field is not closed.");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                Assert.True(i == text.Length || text[i] is ',' or '\r', $"Text after a closing quote at {i}.");
                continue;
            }

            switch (text[i])
            {
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    i++;
                    break;
                case '\r':
                    Assert.True(i + 1 < text.Length && text[i + 1] == '\n', $"A bare CR at {i}.");
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add([.. row]);
                    row.Clear();
                    i += 2;
                    break;
                case '\n':
                    Assert.Fail($"A bare LF outside quotes at {i}: rows must end with CRLF.");
                    break;
                case '"':
                    Assert.Fail($"A quote inside an unquoted field at {i}.");
                    break;
                default:
                    field.Append(text[i++]);
                    break;
            }
        }

        Assert.True(row.Count == 0 && field.Length == 0, "The last row does not end with CRLF.");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
        return rows;
    }

    /// <summary>The data rows as dictionaries keyed by the header's column names.</summary>
    public static List<Dictionary<string, string>> Records(byte[] bytes)
    {
        var rows = Parse(bytes);
        return rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }
}
