using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Users;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GovernanceDialogue.Core.Demo;

/// <summary>The first administrator of a new installation, from configuration (<c>Bootstrap:Administrator*</c>).</summary>
public sealed record BootstrapAdministrator(string Email, string? Password);

/// <summary>
/// Creates the configured administrator when nobody holds the Administrator role yet, so a fresh production database
/// can be taken into use. Without a configured password the log shows an invitation token instead.
/// </summary>
public sealed class AdministratorBootstrap(AppDbContext db, ISender sender, CurrentUser currentUser, ILogger<AdministratorBootstrap> logger)
{
    public async Task EnsureAsync(BootstrapAdministrator administrator, CancellationToken cancellationToken)
    {
        if (await db.RoleAssignments.AnyAsync(a => a.Role == Role.Administrator, cancellationToken))
        {
            return;
        }

        currentUser.SetSystem();
        var normalizedEmail = administrator.Email.Trim().ToUpperInvariant();
        var existing = await db.Users.Where(u => u.NormalizedEmail == normalizedEmail)
            .Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
        var userId = existing;
        if (userId is null)
        {
            var created = await sender.Send(new CreateUser.Command(administrator.Email, "Administrator", administrator.Password), cancellationToken);
            userId = created.User.Id;
            if (created.InvitationToken is { } token)
            {
                logger.LogWarning(
                    "Created the first administrator {Email}. Choose a password at /account/invitation?user={UserId}&token={Token}",
                    administrator.Email, userId, Uri.EscapeDataString(token));
            }
        }

        await sender.Send(new AddRoleAssignment.Command(userId.Value, Role.Administrator, null), cancellationToken);
        logger.LogInformation("{Email} is now an administrator", administrator.Email);
    }
}
