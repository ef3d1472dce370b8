using System.Security.Cryptography;
using GovernanceDialogue.Core.Domain.Webhooks;
using Microsoft.AspNetCore.DataProtection;

namespace GovernanceDialogue.Core.Features.Webhooks;

/// <summary>
/// Generates signing secrets and keeps them encrypted at rest with ASP.NET Core Data Protection (the app needs the
/// secret itself to compute each signature, so a hash would not do). ADR-011 explains what this does and does not protect.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("GovernanceDialogue.Webhooks.Secret.v1");

    /// <summary>A new secret: <c>whsec_</c> and 32 random bytes in base64url.</summary>
    public static string Generate() =>
        WebhookSubscription.SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public string Protect(string secret) => protector.Protect(secret);

    public string Unprotect(string protectedSecret) => protector.Unprotect(protectedSecret);
}
