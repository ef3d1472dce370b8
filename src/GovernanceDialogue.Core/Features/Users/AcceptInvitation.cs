using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace GovernanceDialogue.Core.Features.Users;

/// <summary>An invited user chooses their password with the token from the invitation (no sign-in needed).</summary>
public static class AcceptInvitation
{
    public sealed record Command(Guid UserId, string Token, string Password) : ICommand, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.Anonymous;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.UserId).NotEmpty();
            RuleFor(c => c.Token).NotEmpty();
            RuleFor(c => c.Password).NotEmpty();
        }
    }

    public sealed class Handler(AppDbContext db, UserManager<AppUser> users) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            // An unknown user answers like a bad token: the link reveals nothing about who exists.
            var user = await db.Users.FindAsync([command.UserId], cancellationToken);
            if (user is null || !user.IsActive)
            {
                throw new ValidationException([new FluentValidation.Results.ValidationFailure("Token", "The invitation is not valid (any more).")]);
            }

            (await users.ResetPasswordAsync(user, command.Token, command.Password)).ThrowIfFailed();
            user.EmailConfirmed = true;
            (await users.UpdateAsync(user)).ThrowIfFailed();
            return Unit.Value;
        }
    }
}
