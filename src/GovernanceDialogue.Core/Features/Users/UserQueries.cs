using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Users;

/// <summary>The one projection of users to <see cref="UserDto"/>, in SQL (assignments and logins in the same query).</summary>
internal static class UserQueries
{
    public static IQueryable<UserDto> ProjectToDto(this IQueryable<AppUser> users, AppDbContext db, DateTimeOffset now) =>
        users.Select(u => new UserDto(
            u.Id,
            u.Email!,
            u.DisplayName,
            u.IsActive,
            u.LockoutEnd != null && u.LockoutEnd > now,
            u.PasswordHash != null,
            db.UserLogins.Where(l => l.UserId == u.Id).Select(l => l.LoginProvider).ToList(),
            u.CreatedAt,
            db.RoleAssignments.Where(a => a.UserId == u.Id).OrderBy(a => a.Role).ThenBy(a => a.CreatedAt)
                .Select(a => new AssignmentDto(a.Id, a.Role, a.UnitId, db.Units.Where(x => x.Id == a.UnitId).Select(x => x.Name).FirstOrDefault()))
                .ToList(),
            EF.Property<uint>(u, "Version")));
}
