using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Users;

/// <summary>Gives a user a role for a unit and its subtree (Administrator: globally, no unit).</summary>
public static class AddRoleAssignment
{
    public sealed record Command(Guid UserId, Role? Role, Guid? UnitId) : ICommand<AssignmentDto>, IAuthorized
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

    public sealed class Handler(AppDbContext db, TimeProvider clock) : ICommandHandler<Command, AssignmentDto>
    {
        public async ValueTask<AssignmentDto> Handle(Command command, CancellationToken cancellationToken)
        {
            _ = await db.Users.FindOrThrowAsync(command.UserId, "User", cancellationToken);
            string? unitName = null;
            if (command.UnitId is { } unitId)
            {
                unitName = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken)
                    ?? throw new ValidationException([new ValidationFailure(nameof(Command.UnitId), $"No unit with id '{unitId}' exists.")]);
            }

            var now = clock.GetUtcNow();
            var assignment = RoleAssignment.Create(Guid.CreateVersion7(now), command.UserId, command.Role!.Value, command.UnitId, now);
            if (await db.RoleAssignments.AnyAsync(a => a.UserId == command.UserId && a.Role == command.Role!.Value && a.UnitId == command.UnitId, cancellationToken))
            {
                throw new DomainRuleException(DomainRules.RoleAlreadyAssigned, $"The user already holds {command.Role!.Value} here.");
            }

            db.RoleAssignments.Add(assignment);
            await db.SaveChangesAsync(cancellationToken);
            return new AssignmentDto(assignment.Id, assignment.Role, assignment.UnitId, unitName);
        }
    }
}
