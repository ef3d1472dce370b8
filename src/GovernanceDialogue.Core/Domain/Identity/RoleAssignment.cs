using GovernanceDialogue.Core.Common.Errors;

namespace GovernanceDialogue.Core.Domain.Identity;

/// <summary>Rolltilldelning — a user holds a role for a unit and its whole subtree (Administrator: globally).</summary>
public sealed class RoleAssignment
{
    private RoleAssignment()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Role Role { get; private set; }

    /// <summary>The unit whose subtree the role covers; null for the global Administrator role.</summary>
    public Guid? UnitId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static RoleAssignment Create(Guid id, Guid userId, Role role, Guid? unitId, DateTimeOffset now)
    {
        switch (role)
        {
            case Role.Integrator:
                throw new DomainRuleException(DomainRules.RoleNotAssignable, "The Integrator role belongs to API tokens, not to people.");
            case Role.Administrator when unitId is not null:
                throw new DomainRuleException(DomainRules.RoleScopeInvalid, "Administrator is a global role: give no unit.");
            case not Role.Administrator when unitId is null:
                throw new DomainRuleException(DomainRules.RoleScopeInvalid, $"{role} is held for a unit and its subtree: give the unit.");
        }

        return new RoleAssignment { Id = id, UserId = userId, Role = role, UnitId = unitId, CreatedAt = now };
    }
}
