using System.Security.Cryptography;
using System.Text;

namespace GovernanceDialogue.IntegrationTests.Webhooks;

/// <summary>
/// A receiver's check of the signature, written from docs/webhooks.md and independent of the app's code: parse
/// <c>t=…,v1=…</c>, compute HMAC-SHA256 of "t.body" with the secret, compare in constant time.
/// </summary>
public static class SignatureVerifier
{
    public static bool IsValid(string secret, string? header, string body)
    {
        if (header is null)
        {
            return false;
        }

        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        if (!parts.TryGetValue("t", out var t) || !parts.TryGetValue("v1", out var v1) || !long.TryParse(t, out _))
        {
            return false;
        }

        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var expected = hmac.ComputeHash(Encoding.UTF8.GetBytes(t + "." + body));
        byte[] given;
        try
        {
            given = Convert.FromHexString(v1);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
