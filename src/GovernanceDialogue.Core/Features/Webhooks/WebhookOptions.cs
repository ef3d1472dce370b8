using System.Net;

namespace GovernanceDialogue.Core.Features.Webhooks;

/// <summary>The <c>Webhooks</c> configuration section.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>
    /// Private, loopback or link-local networks (CIDR, e.g. <c>10.20.0.0/16</c>) that webhook targets may resolve to after
    /// all. Empty by default: only public addresses are reached (the SSRF guard).
    /// </summary>
    public List<string> AllowedPrivateNetworks { get; set; } = [];

    /// <summary>How long one delivery attempt may take before it counts as failed.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// How many days delivered and failed deliveries, and the events they sent, are kept before the daily job
    /// <c>webhooks-prune</c> deletes them. Pending deliveries are always kept.
    /// </summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>The parsed <see cref="AllowedPrivateNetworks"/> (an invalid entry stops the start-up).</summary>
    public IReadOnlyList<IPNetwork> AllowedNetworks() =>
        [.. AllowedPrivateNetworks.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => IPNetwork.Parse(n.Trim()))];
}
