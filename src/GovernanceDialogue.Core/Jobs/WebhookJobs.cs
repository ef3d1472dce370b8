using GovernanceDialogue.Core.Features.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.Core.Jobs;

/// <summary>Turns outbox events into deliveries and sends the due ones (with retries).</summary>
public sealed class DispatchWebhooksJob(IServiceScopeFactory scopes) : SystemJob<DispatchWebhooks.Command, DispatchWebhooks.Response>(scopes);
