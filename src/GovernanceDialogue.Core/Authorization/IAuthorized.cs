namespace GovernanceDialogue.Core.Authorization;

/// <summary>
/// Every command and query states what it needs: a permission, and where. <see cref="AuthorizationBehavior{TMessage,TResponse}"/>
/// checks it before anything else runs; a message without it is refused (a convention test also insists).
/// </summary>
public interface IAuthorized
{
    Permission Permission { get; }

    ResourceScope Scope { get; }
}
