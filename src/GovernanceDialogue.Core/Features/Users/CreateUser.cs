using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Users;

/// <summary>
/// Creates a user (there is no self-registration). With a password the user can sign in at once; without one the
/// answer carries an invitation token, valid for a limited time, with which the user chooses a password.
/// </summary>
public static class CreateUser
{
    public sealed record Command(string Email, string DisplayName, string? Password) : ICommand<Response>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageUsers;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    /// <summary>The new user; <paramref name="InvitationToken"/> is set when no password was given.</summary>
    public sealed record Response(UserDto User, string? InvitationToken);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).Email();
            RuleFor(c => c.DisplayName).DisplayName();
        }
    }

    public sealed class Handler(AppDbContext db, UserManager<AppUser> users, TimeProvider clock) : ICommandHandler<Command, Response>
    {
        public async ValueTask<Response> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var user = new AppUser
            {
                Id = Guid.CreateVersion7(now),
                Email = command.Email.Trim(),
                UserName = command.Email.Trim(),
                DisplayName = command.DisplayName.Trim(),
                CreatedAt = now,
            };
            (string.IsNullOrEmpty(command.Password)
                ? await users.CreateAsync(user)
                : await users.CreateAsync(user, command.Password)).ThrowIfFailed();

            var invitation = string.IsNullOrEmpty(command.Password) ? await users.GeneratePasswordResetTokenAsync(user) : null;
            var dto = await db.Users.AsNoTracking().Where(u => u.Id == user.Id).ProjectToDto(db, now).SingleAsync(cancellationToken);
            return new Response(dto, invitation);
        }
    }
}
