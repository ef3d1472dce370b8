namespace GovernanceDialogue.Core.Domain.Webhooks;

/// <summary>
/// Webhook-prenumeration — an integrator's subscription: where to send which events that happen in a unit's subtree,
/// signed with a shared secret. The secret is stored encrypted (ASP.NET Core Data Protection), because the app needs it
/// back to sign each delivery; it is shown once, when it is generated or supplied.
/// </summary>
public sealed class WebhookSubscription
{
    public const int NameMaxLength = 100;
    public const int UrlMaxLength = 2000;
    public const int SecretMinLength = 24;
    public const int SecretMaxLength = 200;
    public const string SecretPrefix = "whsec_";

    private WebhookSubscription()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Events are delivered when they happen in this unit or below it.</summary>
    public Guid UnitId { get; private set; }

    public string TargetUrl { get; private set; } = "";

    /// <summary>The event types (see <see cref="WebhookEventTypes"/>).</summary>
    public List<string> Events { get; private set; } = [];

    /// <summary>The signing secret, encrypted with the app's Data Protection keys.</summary>
    public string ProtectedSecret { get; private set; } = "";

    /// <summary>The first characters of the secret, to recognise it.</summary>
    public string SecretHint { get; private set; } = "";

    public bool IsActive { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset? UpdatedAt { get; private set; }

    public string? UpdatedBy { get; private set; }

    public uint Version { get; private set; }

    public static WebhookSubscription Create(
        Guid id, string name, Guid unitId, string targetUrl, IEnumerable<string> events, bool isActive, string secret, string protectedSecret,
        DateTimeOffset now, string by)
    {
        var subscription = new WebhookSubscription { Id = id, UnitId = unitId, CreatedAt = now, CreatedBy = by };
        subscription.Change(name, targetUrl, events, isActive);
        subscription.UseSecret(secret, protectedSecret);
        return subscription;
    }

    public void Update(string name, string targetUrl, IEnumerable<string> events, bool isActive, DateTimeOffset now, string by)
    {
        Change(name, targetUrl, events, isActive);
        UpdatedAt = now;
        UpdatedBy = by;
    }

    /// <summary>Replaces the secret (the plain one only gives the hint; the protected one is stored).</summary>
    public void UseSecret(string secret, string protectedSecret)
    {
        ProtectedSecret = protectedSecret;
        SecretHint = secret[..Math.Min(secret.Length, SecretPrefix.Length + 4)];
    }

    private void Change(string name, string targetUrl, IEnumerable<string> events, bool isActive)
    {
        Name = name.Trim();
        TargetUrl = targetUrl.Trim();
        Events = [.. events.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        IsActive = isActive;
    }
}
