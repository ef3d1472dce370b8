using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Behaviors;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Webhooks;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovernanceDialogue.Core.Features.Webhooks;

/// <summary>
/// The webhook dispatcher (a recurring job, and a run soon after every commit that wrote events): first turns every
/// outbox event not dispatched yet into one delivery per active subscription that wants it (set-based, idempotent: one
/// delivery per subscription and event), then sends the deliveries that are due, each claimed before it is sent and
/// saved the moment it is tried. Several runs at once (instances, a long run, a manual trigger) share the work: a
/// claim is exclusive (<c>FOR UPDATE SKIP LOCKED</c>) and holds a lease, so no two runs send the same delivery, and a
/// run that dies mid-attempt leaves a lease that runs out. An event written just before a crash is still in the
/// outbox, so the next run delivers it; a delivery tried just before a crash is tried again after its lease (receivers
/// de-duplicate by event id).
/// </summary>
public static class DispatchWebhooks
{
    /// <summary>The most attempts one run makes; the rest wait for the next run.</summary>
    public const int BatchSize = 100;

    /// <summary>
    /// What a claim's lease adds to the attempt's own time limit (<see cref="WebhookOptions.TimeoutSeconds"/>): resolving,
    /// saving, and a margin for clocks that differ between instances.
    /// </summary>
    public static readonly TimeSpan LeaseMargin = TimeSpan.FromMinutes(1);

    private const int FanOutBatch = 1000;

    /// <summary>Events turned into deliveries, deliveries made, and attempts that failed.</summary>
    public sealed record Response(int Dispatched, int Delivered, int Failed);

    public sealed record Command : ICommand<Response>, IAuthorized, IManagesOwnTransactions
    {
        Permission IAuthorized.Permission => Permission.ManageWebhooks;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : FluentValidation.AbstractValidator<Command>;

    public sealed class Handler(
        AppDbContext db, WebhookSender sender, WebhookSecrets secrets, IOptions<WebhookOptions> options, TimeProvider clock, ILogger<Command> logger)
        : ICommandHandler<Command, Response>
    {
        public async ValueTask<Response> Handle(Command command, CancellationToken cancellationToken)
        {
            var lease = TimeSpan.FromSeconds(options.Value.TimeoutSeconds) + LeaseMargin;
            var dispatched = await FanOutAsync(cancellationToken);
            var (tried, delivered, failed) = (0, 0, 0);
            while (tried < BatchSize)
            {
                var claimed = await ClaimAsync(lease, cancellationToken);
                if (claimed is null)
                {
                    // Nothing due: events committed while this run was sending go out in this run too.
                    var more = await FanOutAsync(cancellationToken);
                    if (more == 0)
                    {
                        break;
                    }

                    dispatched += more;
                    continue;
                }

                tried++;
                var item = await (from d in db.WebhookDeliveries
                                  join s in db.WebhookSubscriptions on d.SubscriptionId equals s.Id
                                  join e in db.WebhookEvents on d.EventId equals e.Id
                                  where d.Id == claimed
                                  select new { Delivery = d, s.TargetUrl, s.ProtectedSecret, Event = e }).SingleOrDefaultAsync(cancellationToken);
                if (item is null)
                {
                    // Its subscription was deleted (with its deliveries) after the claim.
                    continue;
                }

                var attempt = await AttemptAsync(item.TargetUrl, item.ProtectedSecret, item.Event, item.Delivery.Id, cancellationToken);
                if (attempt.Delivered)
                {
                    item.Delivery.Succeeded(attempt.StatusCode!.Value, clock.GetUtcNow());
                    delivered++;
                }
                else
                {
                    logger.LogWarning(
                        "Webhook delivery {Delivery} of event {Event} failed (attempt {Attempt}): {Error}",
                        item.Delivery.Id, item.Event.Id, item.Delivery.Attempts + 1, attempt.Error);
                    item.Delivery.Failed(attempt.StatusCode, attempt.Error ?? "Failed.", clock.GetUtcNow());
                    failed++;
                }

                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DomainRuleException ex) when (ex.Rule == DomainRules.ConcurrentChange)
                {
                    // A redelivery was requested while this attempt ran: the request wins and the event goes again.
                    db.Entry(item.Delivery).State = EntityState.Detached;
                }
            }

            return new Response(dispatched, delivered, failed);
        }

        /// <summary>
        /// Claims the next due delivery for this run, or null when none is left: one statement that locks a row no other
        /// run holds (SKIP LOCKED; a row changed meanwhile is checked again) and gives it a lease, committed at once so
        /// that other runs see the lease too.
        /// </summary>
        private async Task<Guid?> ClaimAsync(TimeSpan lease, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var claimed = await db.Database.SqlQuery<Guid>(
                $"""
                UPDATE webhook_deliveries SET locked_until = {now + lease}
                WHERE id = (
                    SELECT d.id FROM webhook_deliveries d
                    JOIN webhook_subscriptions s ON s.id = d.subscription_id
                    JOIN webhook_events e ON e.id = d.event_id
                    WHERE d.status = 'Pending' AND d.next_attempt_at <= {now} AND s.is_active
                      AND (d.locked_until IS NULL OR d.locked_until <= {now})
                    ORDER BY d.next_attempt_at, e.occurred_at
                    LIMIT 1
                    FOR UPDATE OF d SKIP LOCKED)
                RETURNING id AS "Value"
                """).ToListAsync(cancellationToken);
            return claimed.Count == 0 ? null : claimed[0];
        }

        private async Task<WebhookAttempt> AttemptAsync(string targetUrl, string protectedSecret, WebhookEvent webhookEvent, Guid deliveryId, CancellationToken cancellationToken)
        {
            var (uri, problem) = WebhookTargetGuard.Parse(targetUrl);
            if (uri is null)
            {
                return new WebhookAttempt(false, null, problem);
            }

            string secret;
            try
            {
                secret = secrets.Unprotect(protectedSecret);
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                return new WebhookAttempt(false, null, "The signing secret cannot be decrypted (the Data Protection keys changed): set a new secret.");
            }

            return await sender.SendAsync(uri, webhookEvent, deliveryId, secret, clock.GetUtcNow(), cancellationToken);
        }

        /// <summary>One delivery per subscription (active, wanting the type, for the event's unit or above, existing when it happened) and event.</summary>
        private async Task<int> FanOutAsync(CancellationToken cancellationToken)
        {
            var total = 0;
            int batch;
            do
            {
                var now = clock.GetUtcNow();
                batch = await db.Database.ExecuteSqlAsync(
                    $"""
                    WITH pending AS (
                        SELECT id, type, unit_id, occurred_at FROM webhook_events
                        WHERE dispatched_at IS NULL
                        ORDER BY occurred_at
                        LIMIT {FanOutBatch}
                        FOR UPDATE SKIP LOCKED),
                    created AS (
                        INSERT INTO webhook_deliveries (id, subscription_id, event_id, status, attempts, failures_in_round, next_attempt_at, created_at)
                        SELECT gen_random_uuid(), s.id, p.id, 'Pending', 0, 0, {now}, {now}
                        FROM pending p
                        JOIN units u ON u.id = p.unit_id
                        JOIN webhook_subscriptions s ON s.is_active AND p.type = ANY (s.events) AND s.created_at <= p.occurred_at
                        JOIN units su ON su.id = s.unit_id AND starts_with(u.path, su.path)
                        ON CONFLICT (subscription_id, event_id) DO NOTHING)
                    UPDATE webhook_events SET dispatched_at = {now} WHERE id IN (SELECT id FROM pending)
                    """,
                    cancellationToken);
                total += batch;
            }
            while (batch == FanOutBatch);

            return total;
        }
    }
}
