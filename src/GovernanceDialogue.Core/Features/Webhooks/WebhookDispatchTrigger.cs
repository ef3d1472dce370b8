using System.Data.Common;
using System.Runtime.CompilerServices;
using GovernanceDialogue.Core.Jobs;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovernanceDialogue.Core.Features.Webhooks;

/// <summary>
/// Cuts the webhook latency from up to a minute to seconds: once a save that gave the dispatcher work (outbox events, or a
/// delivery due again on request) is committed, it enqueues one run of the dispatcher (<see cref="DispatchWebhooksSoonJob"/>). An interceptor of the database context:
/// a save outside a transaction is committed when it returns; a save inside one waits for that transaction's commit,
/// and a rollback drops it. The enqueue is never part of the change: if it fails (or Hangfire is off on this
/// instance) the change still stands, and the recurring <c>webhooks-dispatch</c> delivers the event within the minute.
/// </summary>
public sealed class WebhookDispatchTrigger(IServiceProvider services, ILogger<WebhookDispatchTrigger> logger)
    : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Marker = new();

    /// <summary>Contexts whose current save gives the dispatcher work (marked through <see cref="DispatchAfterSave"/>).</summary>
    private readonly ConditionalWeakTable<DbContext, object> saving = new();

    /// <summary>Transactions holding such a save, waiting for their commit.</summary>
    private readonly ConditionalWeakTable<DbTransaction, object> awaitingCommit = new();

    /// <summary>
    /// The save about to run on <paramref name="context"/> gives the dispatcher work: it writes outbox events
    /// (<see cref="WebhookOutbox"/>) or makes a delivery due again (<see cref="RedeliverWebhook"/>).
    /// </summary>
    internal void DispatchAfterSave(DbContext context) => saving.AddOrUpdate(context, Marker);

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => awaitingCommit.Remove(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        awaitingCommit.Remove(transaction);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => awaitingCommit.Remove(transaction);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        awaitingCommit.Remove(transaction);
        return Task.CompletedTask;
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !saving.Remove(context))
        {
            return;
        }

        if (context.Database.CurrentTransaction?.GetDbTransaction() is { } transaction)
        {
            awaitingCommit.AddOrUpdate(transaction, Marker);
        }
        else
        {
            Enqueue();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            saving.Remove(context);
        }
    }

    private void Committed(DbTransaction transaction)
    {
        if (awaitingCommit.Remove(transaction))
        {
            Enqueue();
        }
    }

    private void Enqueue()
    {
        try
        {
            // Null when Hangfire is off on this instance: the recurring dispatcher of another one delivers.
            services.GetService<IBackgroundJobClient>()?.Enqueue<DispatchWebhooksSoonJob>(job => job.RunAsync(CancellationToken.None));
        }
        catch (Exception ex)
        {
            // The change is committed; only the shortcut failed. The recurring dispatcher delivers within the minute.
            logger.LogWarning(ex, "Could not enqueue a webhook dispatch after a commit; the recurring dispatcher will deliver.");
        }
    }
}
