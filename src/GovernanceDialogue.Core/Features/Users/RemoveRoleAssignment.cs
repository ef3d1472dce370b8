using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Users;

/// <summary>Takes a role (for a unit, or the global Administrator role) away from a user.</summary>
public static class RemoveRoleAssignment
{
    public sealed record Command(Guid UserId, Role? Role, Guid? UnitId) : ICommand, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageUsers;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.UserId).NotEmpty();
            RuleFor(c => c.Role).NotNull().IsInEnum();
        }
    }

    public sealed class Handler(AppDbContext db) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var assignment = await db.RoleAssignments.SingleOrDefaultAsync(
                    a => a.UserId == command.UserId && a.Role == command.Role!.Value && a.UnitId == command.UnitId, cancellationToken)
                ?? throw new NotFoundException("Role assignment", $"{command.UserId}/{command.Role!.Value}/{command.UnitId}");
            if (assignment.Role == Role.Administrator)
            {
                await UserRules.EnsureAnotherAdministratorAsync(db, command.UserId, cancellationToken);
            }

            db.RoleAssignments.Remove(assignment);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
