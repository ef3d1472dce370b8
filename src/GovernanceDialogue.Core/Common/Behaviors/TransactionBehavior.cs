using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Common.Behaviors;

/// <summary>
/// Runs every command in one database transaction, so a command that writes with both
/// <c>SaveChanges</c> and set-based statements either lands completely or not at all.
/// Queries run without one.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(AppDbContext db)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await next(message, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
