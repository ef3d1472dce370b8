using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Users;

/// <summary>Renames a user, or deactivates / reactivates them. Deactivation ends their sessions at once.</summary>
public static class UpdateUser
{
    public sealed record Command(Guid Id, uint? ExpectedVersion, string DisplayName, bool? IsActive) : ICommand<UserDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageUsers;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DisplayName).DisplayName();
            RuleFor(c => c.IsActive).NotNull();
        }
    }

    public sealed class Handler(AppDbContext db, UserManager<AppUser> users, TimeProvider clock) : ICommandHandler<Command, UserDto>
    {
        public async ValueTask<UserDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await db.Users.FindOrThrowAsync(command.Id, "User", cancellationToken);
            db.ExpectVersion(user, command.ExpectedVersion);
            if (user.IsActive && !command.IsActive!.Value
                && await db.RoleAssignments.AnyAsync(a => a.UserId == user.Id && a.Role == Role.Administrator, cancellationToken))
            {
                await UserRules.EnsureAnotherAdministratorAsync(db, user.Id, cancellationToken);
            }

            var deactivating = user.IsActive && !command.IsActive!.Value;
            user.DisplayName = command.DisplayName.Trim();
            user.IsActive = command.IsActive!.Value;
            if (deactivating)
            {
                // A new security stamp invalidates every cookie issued before.
                await users.UpdateSecurityStampAsync(user);
            }
            else
            {
                (await users.UpdateAsync(user)).ThrowIfFailed();
            }

            return await db.Users.AsNoTracking().Where(u => u.Id == user.Id).ProjectToDto(db, clock.GetUtcNow()).SingleAsync(cancellationToken);
        }
    }
}
