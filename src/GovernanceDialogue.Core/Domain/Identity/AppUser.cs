using Microsoft.AspNetCore.Identity;

namespace GovernanceDialogue.Core.Domain.Identity;

/// <summary>
/// Användare — a person who signs in, with a local password and/or an external login (OpenID Connect). Created by
/// administrators only; there is no self-registration. What they may do comes from their <see cref="RoleAssignment"/>s.
/// </summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 200;
    public const int EmailMaxLength = 256;

    public string DisplayName { get; set; } = "";

    /// <summary>Deactivated users cannot sign in and their sessions stop working at once.</summary>
    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}
