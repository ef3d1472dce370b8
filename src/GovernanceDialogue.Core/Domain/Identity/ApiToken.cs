using System.Security.Cryptography;
using System.Text;
using GovernanceDialogue.Core.Common.Errors;

namespace GovernanceDialogue.Core.Domain.Identity;

/// <summary>What an integrator token may do.</summary>
[Flags]
public enum TokenScopes
{
    None = 0,
    Read = 1,
    Write = 2,

    /// <summary>Manage webhook subscriptions for the token's subtree.</summary>
    Webhooks = 4,
}

/// <summary>
/// API-nyckel — a token for an integrating system: a name, scopes, an organisation subtree and an expiry. The secret
/// is shown once at creation and stored only as a SHA-256 hash (it is 256 random bits, so a fast hash is enough).
/// </summary>
public sealed class ApiToken
{
    public const int NameMaxLength = 100;
    public const string Prefix = "gd_";
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(730);

    private ApiToken()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public TokenScopes Scopes { get; private set; }

    /// <summary>The token works for this unit and its subtree.</summary>
    public Guid UnitId { get; private set; }

    /// <summary>The first characters of the secret, to recognise a token in lists and logs.</summary>
    public string Hint { get; private set; } = "";

    public byte[] SecretHash { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    /// <summary>Creates a token and returns it with its secret, which is never stored or shown again.</summary>
    public static (ApiToken Token, string Secret) Issue(
        Guid id, string name, TokenScopes scopes, Guid unitId, DateTimeOffset expiresAt, DateTimeOffset now, string createdBy) =>
        Issue(id, name, scopes, unitId, expiresAt, now, createdBy, Prefix + Base64Url(RandomNumberGenerator.GetBytes(32)));

    /// <summary>Issues a token with a known secret: only for the Development demo data, never from the API.</summary>
    internal static (ApiToken Token, string Secret) Issue(
        Guid id, string name, TokenScopes scopes, Guid unitId, DateTimeOffset expiresAt, DateTimeOffset now, string createdBy, string secret)
    {
        if (scopes == TokenScopes.None)
        {
            throw new DomainRuleException(DomainRules.TokenInvalid, "A token needs the read, write or webhooks scope.");
        }

        if (expiresAt <= now || expiresAt > now + MaxLifetime)
        {
            throw new DomainRuleException(DomainRules.TokenInvalid, $"The expiry must be in the future and at most {MaxLifetime.Days} days ahead.");
        }

        var token = new ApiToken
        {
            Id = id,
            Name = name.Trim(),
            Scopes = scopes,
            UnitId = unitId,
            Hint = secret[..(Prefix.Length + 6)],
            SecretHash = Hash(secret),
            CreatedAt = now,
            CreatedBy = createdBy,
            ExpiresAt = expiresAt,
        };
        return (token, secret);
    }

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    public bool IsUsableAt(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;

    public void Revoke(DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            throw new DomainRuleException(DomainRules.TokenRevoked, $"The token '{Name}' is already revoked.");
        }

        RevokedAt = now;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
