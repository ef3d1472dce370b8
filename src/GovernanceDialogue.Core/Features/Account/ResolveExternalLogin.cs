using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Users;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Account;

/// <summary>
/// Maps a person who signed in at the city's identity provider (OpenID Connect) to their user: by the provider's
/// subject when it is already linked, otherwise by e-mail, and then links the subject for next time. Nobody gets an
/// account this way: an administrator must have created the user first.
/// </summary>
public static class ResolveExternalLogin
{
    /// <param name="Provider">The authentication scheme, e.g. "oidc".</param>
    /// <param name="Subject">The provider's stable id for the person (<c>sub</c>).</param>
    /// <param name="Email">The e-mail the provider vouches for, if any.</param>
    /// <param name="ProviderDisplayName">Shown on the user's linked logins.</param>
    public sealed record Command(string Provider, string Subject, string? Email, string ProviderDisplayName) : ICommand<Response>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.Anonymous;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    /// <summary>The user to sign in, or null when no active user matches.</summary>
    public sealed record Response(Guid? UserId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Provider).NotEmpty().MaximumLength(128);
            RuleFor(c => c.Subject).NotEmpty().MaximumLength(256);
            RuleFor(c => c.Email).MaximumLength(AppUser.EmailMaxLength);
        }
    }

    public sealed class Handler(AppDbContext db, UserManager<AppUser> users) : ICommandHandler<Command, Response>
    {
        public async ValueTask<Response> Handle(Command command, CancellationToken cancellationToken)
        {
            var linked = await users.FindByLoginAsync(command.Provider, command.Subject);
            if (linked is not null)
            {
                return new Response(linked.IsActive ? linked.Id : null);
            }

            if (string.IsNullOrWhiteSpace(command.Email))
            {
                return new Response(null);
            }

            var normalized = users.NormalizeEmail(command.Email.Trim());
            var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
            if (user is null || !user.IsActive)
            {
                return new Response(null);
            }

            (await users.AddLoginAsync(user, new UserLoginInfo(command.Provider, command.Subject, command.ProviderDisplayName))).ThrowIfFailed();
            return new Response(user.Id);
        }
    }
}
