using System.Globalization;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using GovernanceDialogue.Core.Domain.Webhooks;
using Microsoft.Extensions.Options;

namespace GovernanceDialogue.Core.Features.Webhooks;

/// <summary>The outcome of one delivery attempt.</summary>
public sealed record WebhookAttempt(bool Delivered, int? StatusCode, string? Error);

/// <summary>
/// Sends one event to one target: a POST of the stored body with the event id and an HMAC-SHA256 signature over
/// "timestamp.body". It connects only to addresses the SSRF guard has just checked, follows no redirects and uses no
/// proxy, so neither a changed DNS answer nor a redirect reaches a private address.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    public const string SignatureHeader = "X-GovernanceDialogue-Signature";
    public const string EventIdHeader = "X-GovernanceDialogue-Event-Id";
    public const string EventTypeHeader = "X-GovernanceDialogue-Event";
    public const string DeliveryIdHeader = "X-GovernanceDialogue-Delivery";

    private readonly HttpClient client;
    private readonly TimeSpan timeout;

    public WebhookSender(WebhookTargetGuard guard, IOptions<WebhookOptions> options)
    {
        timeout = TimeSpan.FromSeconds(options.Value.TimeoutSeconds);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = timeout,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var addresses = await guard.ResolveAsync(context.DnsEndPoint.Host, cancellationToken);
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("GovernanceDialogue-Webhooks/1");
    }

    /// <summary>The signature header's value: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body" with the secret&gt;</c>.</summary>
    public static string Signature(string secret, DateTimeOffset timestamp, string body)
    {
        var t = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}"));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }

    public async Task<WebhookAttempt> SendAsync(
        Uri target, WebhookEvent webhookEvent, Guid deliveryId, string secret, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, target)
        {
            Content = new StringContent(webhookEvent.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(EventIdHeader, webhookEvent.Id.ToString());
        request.Headers.Add(EventTypeHeader, webhookEvent.Type);
        request.Headers.Add(DeliveryIdHeader, deliveryId.ToString());
        request.Headers.Add(SignatureHeader, Signature(secret, now, webhookEvent.Body));

        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
            var code = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? new WebhookAttempt(true, code, null)
                : new WebhookAttempt(false, code, $"The receiver answered {code} {response.ReasonPhrase}.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookAttempt(false, null, $"No answer within {timeout.TotalSeconds:0} seconds.");
        }
        catch (HttpRequestException ex)
        {
            return new WebhookAttempt(false, null, ex.InnerException is WebhookTargetRefusedException refused ? refused.Message : ex.Message);
        }
    }

    public void Dispose() => client.Dispose();
}
