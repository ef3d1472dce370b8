using System.Text.Json.Serialization;
using GovernanceDialogue.Core.Domain.Identity;

namespace GovernanceDialogue.Core.Features.Users;

/// <summary>A user as administrators see them.</summary>
/// <param name="Id">The user's id.</param>
/// <param name="Email">E-mail address, also the sign-in name.</param>
/// <param name="DisplayName">Name shown in the product.</param>
/// <param name="IsActive">False once deactivated: no sign-in, sessions end.</param>
/// <param name="IsLockedOut">Locked after repeated failed sign-ins (until the lockout ends).</param>
/// <param name="HasPassword">False until an invited user has chosen a password (or for users who only sign in externally).</param>
/// <param name="ExternalLogins">Providers linked to the user (e.g. "oidc").</param>
/// <param name="CreatedAt">When the user was created.</param>
/// <param name="Assignments">Roles held, each for a unit and its subtree (Administrator: globally).</param>
/// <param name="Version">Concurrency token, sent as the ETag header.</param>
public sealed record UserDto(
    Guid Id,
    string Email,
    string DisplayName,
    bool IsActive,
    bool IsLockedOut,
    bool HasPassword,
    IReadOnlyList<string> ExternalLogins,
    DateTimeOffset CreatedAt,
    IReadOnlyList<AssignmentDto> Assignments,
    [property: JsonIgnore] uint Version);

/// <summary>A role held by a user for a unit (null: globally).</summary>
public sealed record AssignmentDto(Guid Id, Role Role, Guid? UnitId, string? UnitName);
