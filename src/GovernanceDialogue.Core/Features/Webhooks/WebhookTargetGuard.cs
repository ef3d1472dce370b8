using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace GovernanceDialogue.Core.Features.Webhooks;

/// <summary>
/// The SSRF guard: a webhook goes only to http(s) URLs whose host resolves to public addresses, unless the
/// administrator allows a private network in configuration (<see cref="WebhookOptions.AllowedPrivateNetworks"/>).
/// Checked when a subscription is saved and again at every delivery, where the sender connects only to the addresses
/// checked here (<see cref="WebhookSender"/>), so a DNS answer that changes in between does not get through.
/// </summary>
public sealed class WebhookTargetGuard
{
    /// <summary>Never reachable as a webhook target unless allowed: private, loopback, link-local, shared, reserved, multicast.</summary>
    private static readonly IPNetwork[] NotPublic =
    [
        .. new[]
        {
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24",
            "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001:db8::/32", "2002::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
        }.Select(IPNetwork.Parse),
    ];

    private readonly IReadOnlyList<IPNetwork> allowed;

    public WebhookTargetGuard(IOptions<WebhookOptions> options) => allowed = options.Value.AllowedNetworks();

    /// <summary>The URL if it is an absolute http(s) URL without credentials; otherwise why not.</summary>
    public static (Uri? Uri, string? Problem) Parse(string? url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri))
        {
            return (null, "The target must be an absolute URL.");
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return (null, "The target must be an http or https URL.");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return (null, "The target must not carry a user name or password.");
        }

        return (uri, null);
    }

    /// <summary>Whether a target may receive at this address.</summary>
    public bool IsAllowed(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return !NotPublic.Any(n => n.Contains(address)) || allowed.Any(n => n.Contains(address));
    }

    /// <summary>
    /// Resolves the host and returns its addresses when every one of them is allowed; otherwise throws
    /// <see cref="WebhookTargetRefusedException"/> (a host with one private address among public ones is refused).
    /// </summary>
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
            }
            catch (SocketException ex)
            {
                throw new WebhookTargetRefusedException($"The host '{host}' does not resolve ({ex.SocketErrorCode}).");
            }
        }

        if (addresses.Length == 0)
        {
            throw new WebhookTargetRefusedException($"The host '{host}' does not resolve.");
        }

        if (addresses.FirstOrDefault(a => !IsAllowed(a)) is { } refused)
        {
            throw new WebhookTargetRefusedException(
                $"The host '{host}' resolves to {refused}, a private, loopback or link-local address, which is not allowed as a webhook target.");
        }

        return addresses;
    }
}

/// <summary>A webhook target that the SSRF guard refuses.</summary>
public sealed class WebhookTargetRefusedException(string message) : Exception(message);
