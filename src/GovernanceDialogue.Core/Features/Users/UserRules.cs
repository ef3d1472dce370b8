using FluentValidation;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Users;

internal static class UserRules
{
    public static void Email<T>(this IRuleBuilder<T, string?> rule) =>
        rule.RequiredText(AppUser.EmailMaxLength).EmailAddress();

    public static void DisplayName<T>(this IRuleBuilder<T, string?> rule) => rule.RequiredText(AppUser.DisplayNameMaxLength);

    /// <summary>Someone must always be able to manage users: refuses to take the last active administrator away.</summary>
    public static async Task EnsureAnotherAdministratorAsync(AppDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var others = await db.RoleAssignments.AnyAsync(
            a => a.Role == Role.Administrator && a.UserId != userId && db.Users.Any(u => u.Id == a.UserId && u.IsActive),
            cancellationToken);
        if (!others)
        {
            throw new DomainRuleException(DomainRules.LastAdministrator, "This is the last active administrator.");
        }
    }
}
