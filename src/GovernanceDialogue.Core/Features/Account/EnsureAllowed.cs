using GovernanceDialogue.Core.Authorization;
using Mediator;

namespace GovernanceDialogue.Core.Features.Account;

/// <summary>
/// Asks the one authorisation gate whether the caller may do something, before a page shows the form for it
/// (the command itself is checked again when submitted). Answers true, or 401/403.
/// </summary>
public static class EnsureAllowed
{
    public sealed record Query(Permission Permission, Guid? UnitId = null) : IQuery<bool>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Handler : IQueryHandler<Query, bool>
    {
        public ValueTask<bool> Handle(Query query, CancellationToken cancellationToken) => ValueTask.FromResult(true);
    }
}
