using System.Net;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Webhooks;
using GovernanceDialogue.Core.Jobs;
using GovernanceDialogue.IntegrationTests.Dialogues;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using GovernanceDialogue.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.IntegrationTests.Webhooks;

/// <summary>
/// Webhook tests start from the dialogue tests' open cycle, with a receiver on a loopback port (allowed here by
/// configuration, with a 2-second timeout) and an administrator's client.
/// </summary>
public abstract class WebhookTest : DialogueTest
{
    protected static readonly Dictionary<string, string> AllowLoopback = new()
    {
        ["Webhooks:AllowedPrivateNetworks:0"] = "127.0.0.0/8",
        ["Webhooks:TimeoutSeconds"] = "2",
    };

    protected TestReceiver Receiver { get; private set; } = default!;

    protected HttpClient Administrator { get; private set; } = default!;

    protected override IReadOnlyDictionary<string, string>? Settings => AllowLoopback;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Receiver = await TestReceiver.StartAsync();
        Administrator = await ClientAsync((Role.Administrator, null));
    }

    public override async ValueTask DisposeAsync()
    {
        Administrator?.Dispose();
        if (Receiver is not null)
        {
            await Receiver.DisposeAsync();
        }

        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected async Task<CreateWebhook.Response> SubscribeAsync(string url, params string[] events)
    {
        var response = await Administrator.PostJsonAsync("/api/v1/webhooks", new { name = "Ärendesystemet", unitId = Tree.Administration.Id, targetUrl = url, events });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<CreateWebhook.Response>();
    }

    /// <summary>One run of the dispatcher, exactly as the recurring job runs it.</summary>
    protected Task<DispatchWebhooks.Response> DispatchAsync(GovernanceAppFactory? app = null, CancellationToken? cancellationToken = null) =>
        (app ?? App).Services.GetRequiredService<DispatchWebhooksJob>().SendAsync(cancellationToken ?? Cancel);

    protected async Task<List<WebhookDeliveryDto>> DeliveriesAsync(Guid subscriptionId) =>
        [.. (await (await Administrator.GetAsync($"/api/v1/webhooks/{subscriptionId}/deliveries", Cancel)).ReadAsync<PagedList<WebhookDeliveryDto>>()).Items];
}
