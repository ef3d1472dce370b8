using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace GovernanceDialogue.Core.Features.Users;

/// <summary>
/// Issues a fresh invitation token for a user, with which they choose a (new) password: for invited users who lost
/// the link, and for administrators resetting a forgotten password. Earlier tokens stop working once it is used.
/// </summary>
public static class InviteUser
{
    public sealed record Command(Guid Id) : ICommand<Response>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageUsers;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed record Response(Guid UserId, string InvitationToken);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Id).NotEmpty();
    }

    public sealed class Handler(AppDbContext db, UserManager<AppUser> users, AuditTrail audit) : ICommandHandler<Command, Response>
    {
        public async ValueTask<Response> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await db.Users.FindOrThrowAsync(command.Id, "User", cancellationToken);
            var token = await users.GeneratePasswordResetTokenAsync(user);
            audit.Note(nameof(AppUser), user.Id.ToString(), "InvitationIssued");
            return new Response(user.Id, token);
        }
    }
}
