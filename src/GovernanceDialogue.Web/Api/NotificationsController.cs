using GovernanceDialogue.Core.Features.Notifications;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>The caller's notifications (also sent by e-mail when e-mail is on).</summary>
[Route("api/v1/notifications")]
public sealed class NotificationsController(ISender sender) : ApiControllerBase
{
    /// <summary>Your notifications, newest first, with the number unread; each title is in the request's language.</summary>
    /// <param name="unreadOnly">Only unread ones.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1–200 (default 50).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The notifications (none for tokens).</response>
    /// <response code="400">The paging is invalid.</response>
    /// <response code="401">Not signed in.</response>
    [HttpGet]
    [ProducesResponseType<ListNotifications.Response>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    public async Task<ListNotifications.Response> List(bool unreadOnly = false, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default) =>
        await sender.Send(new ListNotifications.Query(unreadOnly, page, pageSize), cancellationToken);

    /// <summary>Marks one of your notifications read.</summary>
    /// <param name="id">The notification.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="204">Read.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="404">No such notification of yours.</response>
    [HttpPost("{id:guid}/read")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Read(Guid id, CancellationToken cancellationToken)
    {
        await sender.Send(new MarkNotificationsRead.Command(id), cancellationToken);
        return NoContent();
    }

    /// <summary>Marks all your notifications read.</summary>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="204">All read.</response>
    /// <response code="401">Not signed in.</response>
    [HttpPost("read")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    public async Task<IActionResult> ReadAll(CancellationToken cancellationToken)
    {
        await sender.Send(new MarkNotificationsRead.Command(null), cancellationToken);
        return NoContent();
    }
}
