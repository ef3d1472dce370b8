using GovernanceDialogue.Core.Features.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.Core.Jobs;

/// <summary>Turns outbox events into deliveries and sends the due ones (with retries).</summary>
public sealed class DispatchWebhooksJob(IServiceScopeFactory scopes) : SystemJob<DispatchWebhooks.Command, DispatchWebhooks.Response>(scopes);

/// <summary>Deletes settled webhook deliveries and dispatched events older than the retention (never a pending one).</summary>
public sealed class PruneWebhookLogJob(IServiceScopeFactory scopes) : SystemJob<PruneWebhookLog.Command, PruneWebhookLog.Response>(scopes);
