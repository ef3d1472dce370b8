using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GovernanceDialogue.IntegrationTests.Webhooks;

/// <summary>What the receiver got: the headers that matter and the body, byte for byte.</summary>
public sealed record ReceivedRequest(string? EventId, string? EventType, string? DeliveryId, string? Signature, string ContentType, string Body);

/// <summary>
/// A webhook receiver for the tests: Kestrel on a loopback port, recording every request. <see cref="Answer"/> decides,
/// per request number (from 1), how it answers: a status code, or a delay first (a slow receiver).
/// </summary>
public sealed class TestReceiver : IAsyncDisposable
{
    private readonly WebApplication app;

    private int count;

    private TestReceiver(WebApplication app) => this.app = app;

    public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

    /// <summary>Status and delay for the n-th request (default: 200 at once).</summary>
    public Func<int, (int Status, TimeSpan Delay)> Answer { get; set; } = _ => (200, TimeSpan.Zero);

    public int Port { get; private set; }

    public string Url => $"http://127.0.0.1:{Port}/hooks";

    /// <summary>Starts a receiver on this port (0: any free one).</summary>
    public static async Task<TestReceiver> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new TestReceiver(app);
        app.MapPost("/hooks", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var (status, delay) = receiver.Answer(Interlocked.Increment(ref receiver.count));
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                if (context.RequestAborted.IsCancellationRequested)
                {
                    // The sender gave up: it did not get this one, so it does not count as received.
                    return Results.Empty;
                }
            }

            var headers = context.Request.Headers;
            receiver.Received.Enqueue(new ReceivedRequest(
                headers["X-GovernanceDialogue-Event-Id"], headers["X-GovernanceDialogue-Event"], headers["X-GovernanceDialogue-Delivery"],
                headers["X-GovernanceDialogue-Signature"], context.Request.ContentType ?? "", body));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        receiver.Port = new Uri(app.Urls.First()).Port;
        return receiver;
    }

    /// <summary>A loopback port nobody listens on (a receiver that is down).</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
