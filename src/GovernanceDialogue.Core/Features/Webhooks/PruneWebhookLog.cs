using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Behaviors;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovernanceDialogue.Core.Features.Webhooks;

/// <summary>
/// Keeps the webhook log from growing forever (a daily job): deletes the deliveries that are settled (delivered or
/// failed) whose last attempt is older than <see cref="WebhookOptions.RetentionDays"/>, then the dispatched events
/// older than that which no delivery refers to any more. A pending delivery, and so its event, is never deleted; nor
/// is an event not dispatched yet. Deletes in batches, each committed on its own, so a large backlog neither holds
/// locks for long nor has to finish in one go: the next run carries on.
/// </summary>
public static class PruneWebhookLog
{
    public const int BatchSize = 1000;

    /// <summary>How many deliveries and events were deleted.</summary>
    public sealed record Response(int Deliveries, int Events);

    public sealed record Command : ICommand<Response>, IAuthorized, IManagesOwnTransactions
    {
        Permission IAuthorized.Permission => Permission.ManageWebhooks;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : FluentValidation.AbstractValidator<Command>;

    public sealed class Handler(AppDbContext db, IOptions<WebhookOptions> options, TimeProvider clock) : ICommandHandler<Command, Response>
    {
        public async ValueTask<Response> Handle(Command command, CancellationToken cancellationToken)
        {
            var cutoff = clock.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays);
            var deliveries = await DeleteInBatchesAsync(
                () => db.Database.ExecuteSqlAsync(
                    $"""
                    DELETE FROM webhook_deliveries WHERE id IN (
                        SELECT id FROM webhook_deliveries
                        WHERE status <> 'Pending' AND last_attempt_at < {cutoff}
                        LIMIT {BatchSize})
                    """,
                    cancellationToken));
            var events = await DeleteInBatchesAsync(
                () => db.Database.ExecuteSqlAsync(
                    $"""
                    DELETE FROM webhook_events WHERE id IN (
                        SELECT e.id FROM webhook_events e
                        WHERE e.dispatched_at IS NOT NULL AND e.occurred_at < {cutoff}
                          AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = e.id)
                        LIMIT {BatchSize})
                    """,
                    cancellationToken));
            return new Response(deliveries, events);
        }

        private static async Task<int> DeleteInBatchesAsync(Func<Task<int>> deleteBatch)
        {
            var total = 0;
            int batch;
            do
            {
                batch = await deleteBatch();
                total += batch;
            }
            while (batch == BatchSize);

            return total;
        }
    }
}
