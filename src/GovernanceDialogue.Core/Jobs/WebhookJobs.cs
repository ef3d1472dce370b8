using GovernanceDialogue.Core.Features.Webhooks;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.Core.Jobs;

/// <summary>Turns outbox events into deliveries and sends the due ones (with retries).</summary>
public sealed class DispatchWebhooksJob(IServiceScopeFactory scopes) : SystemJob<DispatchWebhooks.Command, DispatchWebhooks.Response>(scopes);

/// <summary>
/// The same dispatch, enqueued after a commit that wrote webhook events (<see cref="WebhookDispatchTrigger"/>). It may
/// overlap the recurring run (claims keep them apart). While another of these runs, it gives up at once instead of
/// occupying a worker: the running one picks up what was committed meanwhile. Never retried: the recurring run is
/// the safety net.
/// </summary>
[AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
[DisableConcurrentExecution(timeoutInSeconds: 0)]
public sealed class DispatchWebhooksSoonJob(IServiceScopeFactory scopes) : SystemJob<DispatchWebhooks.Command, DispatchWebhooks.Response>(scopes);

/// <summary>Deletes settled webhook deliveries and dispatched events older than the retention (never a pending one).</summary>
public sealed class PruneWebhookLogJob(IServiceScopeFactory scopes) : SystemJob<PruneWebhookLog.Command, PruneWebhookLog.Response>(scopes);
