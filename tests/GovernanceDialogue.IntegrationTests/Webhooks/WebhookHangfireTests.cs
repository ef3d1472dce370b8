using GovernanceDialogue.Core.Domain.Webhooks;
using GovernanceDialogue.Core.Jobs;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.IntegrationTests.Webhooks;

/// <summary>With Hangfire on (storage and a server in this host): an event reaches its receiver without waiting for the minute.</summary>
public sealed class WebhookHangfireTests : WebhookTest
{
    protected override IReadOnlyDictionary<string, string>? Settings => new Dictionary<string, string>(AllowLoopback)
    {
        ["Jobs:Enabled"] = "true",
        ["Jobs:Server"] = "true",
        ["Jobs:WorkerCount"] = "1",
    };

    [Fact]
    public async Task ASubmittedDialogue_IsDeliveredByTheDispatchEnqueuedAfterItsCommit()
    {
        var subscription = await SubscribeAsync(Receiver.Url, WebhookEventTypes.DialogueSubmitted);

        await SubmitAsync(Ours);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Receiver.Received.IsEmpty && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, Cancel);
        }

        var received = Assert.Single(Receiver.Received);
        Assert.True(SignatureVerifier.IsValid(subscription.Secret, received.Signature, received.Body));
        var succeeded = App.Services.GetRequiredService<JobStorage>().GetMonitoringApi().SucceededJobs(0, 100);
        Assert.Contains(succeeded, job => job.Value.Job?.Type == typeof(DispatchWebhooksSoonJob));
    }
}
