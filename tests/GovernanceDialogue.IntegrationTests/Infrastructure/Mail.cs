using System.Text;
using System.Text.RegularExpressions;

namespace GovernanceDialogue.IntegrationTests.Infrastructure;

/// <summary>Reads what the app wrote into its e-mail pickup folder.</summary>
public static partial class Mail
{
    /// <summary>The decoded plain-text body of an .eml file (base64 or quoted-printable).</summary>
    public static string Body(string eml)
    {
        var split = eml.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = eml[..split];
        var body = eml[(split + 4)..];
        if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", "", StringComparison.Ordinal).Trim()));
        }

        if (headers.Contains("Content-Transfer-Encoding: quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            var joined = body.Replace("=\r\n", "", StringComparison.Ordinal);
            var bytes = new List<byte>();
            for (var i = 0; i < joined.Length; i++)
            {
                if (joined[i] == '=' && i + 2 < joined.Length && Hex().IsMatch(joined.AsSpan(i + 1, 2)))
                {
                    bytes.Add(byte.Parse(joined.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture));
                    i += 2;
                }
                else
                {
                    bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
                }
            }

            return Encoding.UTF8.GetString([.. bytes]);
        }

        return body;
    }

    [GeneratedRegex("^[0-9A-F]{2}$")]
    private static partial Regex Hex();
}
