using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Common.Behaviors;

/// <summary>
/// Runs every command in one database transaction, so a command that writes with both <c>SaveChanges</c> and
/// set-based statements either lands completely or not at all, together with its one audit entry.
/// Queries run without one.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(AppDbContext db, AuditTrail audit)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IManagesOwnTransactions)
        {
            var own = await next(message, cancellationToken);
            await audit.EndCommandAsync(db, cancellationToken);
            return own;
        }

        if (db.Database.CurrentTransaction is not null)
        {
            var inner = await next(message, cancellationToken);
            await audit.EndCommandAsync(db, cancellationToken);
            return inner;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        await audit.EndCommandAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}

/// <summary>
/// A command that commits step by step (each e-mail sent is saved at once), so it must not run in one transaction.
/// It changes nothing the audit trail records.
/// </summary>
public interface IManagesOwnTransactions;
