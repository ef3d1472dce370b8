using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Users;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>Users and their role assignments (administrators only). There is no self-registration.</summary>
[Route("api/v1/users")]
public sealed class UsersController(ISender sender) : ApiControllerBase
{
    /// <summary>Lists users, searchable by name or e-mail and filterable by role.</summary>
    /// <param name="search">Text in the name or e-mail.</param>
    /// <param name="role">Only users holding this role somewhere.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1–200 (default 50).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">One page of users ordered by name.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator.</response>
    [HttpGet]
    [ProducesResponseType<PagedList<UserDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    public async Task<PagedList<UserDto>> List(
        string? search, Role? role, int page = 1, int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default) =>
        await sender.Send(new ListUsers.Query(search, role, page, pageSize), cancellationToken);

    /// <summary>Creates a user. Without a password the answer carries an invitation link for the user to choose one.</summary>
    /// <param name="command">E-mail (also the sign-in name), display name and, optionally, a password (at least 12 characters).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="201">Created; <c>invitationUrl</c> is set when no password was given (valid 7 days).</response>
    /// <response code="400">A field is invalid or the password is too weak.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator.</response>
    /// <response code="409">Another user has this e-mail address.</response>
    [HttpPost]
    [ProducesResponseType<CreatedUser>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<CreatedUser>> Create(CreateUser.Command command, CancellationToken cancellationToken)
    {
        var created = await sender.Send(command, cancellationToken);
        var invitation = created.InvitationToken is { } token ? InvitationUrl(created.User.Id, token) : null;
        return CreatedAtAction(nameof(Get), new { id = created.User.Id }, WithETag(new CreatedUser(created.User, invitation), created.User.Version));
    }

    /// <summary>Reads one user with their role assignments.</summary>
    /// <param name="id">The user's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The user; the ETag header is what a PUT sends as If-Match.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator.</response>
    /// <response code="404">No such user.</response>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<UserDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<UserDto> Get(Guid id, CancellationToken cancellationToken)
    {
        var user = await sender.Send(new GetUser.Query(id), cancellationToken);
        return WithETag(user, user.Version);
    }

    /// <summary>Renames a user, or deactivates (isActive false: sign-in refused, sessions end) or reactivates them.</summary>
    /// <param name="id">The user's id.</param>
    /// <param name="request">The new values.</param>
    /// <param name="ifMatch">The ETag from your last GET (required).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Updated.</response>
    /// <response code="400">A field is invalid.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator.</response>
    /// <response code="404">No such user.</response>
    /// <response code="409">This is the last active administrator.</response>
    /// <response code="412">The user changed since your GET.</response>
    /// <response code="428">If-Match is missing.</response>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<UserDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, "application/problem+json")]
    public async Task<UserDto> Update(Guid id, UpdateUserRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var user = await sender.Send(new UpdateUser.Command(id, ETag.Required(ifMatch), request.DisplayName, request.IsActive), cancellationToken);
        return WithETag(user, user.Version);
    }

    /// <summary>Issues a new invitation link (valid 7 days) with which the user chooses a new password.</summary>
    /// <param name="id">The user's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The link, to hand to the user.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator.</response>
    /// <response code="404">No such user.</response>
    [HttpPost("{id:guid}/invitation")]
    [ProducesResponseType<Invitation>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<Invitation> Invite(Guid id, CancellationToken cancellationToken)
    {
        var invitation = await sender.Send(new InviteUser.Command(id), cancellationToken);
        return new Invitation(invitation.UserId, InvitationUrl(invitation.UserId, invitation.InvitationToken));
    }

    /// <summary>Gives the user a role for a unit and its whole subtree (Administrator: globally, without a unit).</summary>
    /// <param name="id">The user's id.</param>
    /// <param name="request">The role and the unit.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="201">Assigned.</response>
    /// <response code="400">The role is unknown or the unit does not exist.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator.</response>
    /// <response code="404">No such user.</response>
    /// <response code="409">Already held, Integrator (tokens only), or a unit given for Administrator / missing for the others.</response>
    [HttpPost("{id:guid}/assignments")]
    [ProducesResponseType<AssignmentDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<AssignmentDto>> Assign(Guid id, AssignmentRequest request, CancellationToken cancellationToken)
    {
        var assignment = await sender.Send(new AddRoleAssignment.Command(id, request.Role, request.UnitId), cancellationToken);
        return CreatedAtAction(nameof(Get), new { id }, assignment);
    }

    /// <summary>Takes a role away: the pair is named in the query (<c>?role=Executive&amp;unitId=…</c>; no unitId for Administrator).</summary>
    /// <param name="id">The user's id.</param>
    /// <param name="role">The role to take away.</param>
    /// <param name="unitId">The unit it is held for (omit for Administrator).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="204">Removed.</response>
    /// <response code="400">The role is missing or unknown.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator.</response>
    /// <response code="404">The user does not hold this role there.</response>
    /// <response code="409">It is the last active administrator's Administrator role.</response>
    [HttpDelete("{id:guid}/assignments")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Unassign(Guid id, [FromQuery] Role? role, [FromQuery] Guid? unitId, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveRoleAssignment.Command(id, role, unitId), cancellationToken);
        return NoContent();
    }

    private string InvitationUrl(Guid userId, string token) =>
        $"{Request.Scheme}://{Request.Host}/account/invitation?user={userId}&token={Uri.EscapeDataString(token)}";
}

/// <summary>A created user, with the invitation link when no password was set.</summary>
public sealed record CreatedUser(UserDto User, string? InvitationUrl);

/// <summary>An invitation link for a user to choose a password (valid 7 days).</summary>
public sealed record Invitation(Guid UserId, string InvitationUrl);

/// <summary>New values for a user.</summary>
/// <param name="DisplayName">Name shown in the product.</param>
/// <param name="IsActive">False deactivates: sign-in refused, sessions end.</param>
public sealed record UpdateUserRequest(string DisplayName, bool? IsActive);

/// <summary>A role for a unit and its subtree.</summary>
/// <param name="Role">Administrator, Executive, UnitManager or Politician.</param>
/// <param name="UnitId">The unit (omit for Administrator).</param>
public sealed record AssignmentRequest(Role? Role, Guid? UnitId);
