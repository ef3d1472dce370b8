using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Common.Behaviors;

/// <summary>
/// The one gate every command and query passes, whoever sends it (API, page or job): the message's permission and
/// scope are checked before validation, before any write. A message that does not declare them is refused.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(Authorizer authorizer, AuditTrail audit)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IAuthorized authorized)
        {
            throw new InvalidOperationException($"{typeof(TMessage).FullName} does not declare its permission (IAuthorized).");
        }

        var units = await authorizer.EnsureAsync(authorized.Permission, authorized.Scope, cancellationToken);
        if (message is IBaseCommand)
        {
            audit.BeginCommand(typeof(TMessage).DeclaringType?.Name ?? typeof(TMessage).Name, units is { Count: > 0 } ? units[0].Id : null);
        }

        return await next(message, cancellationToken);
    }
}
