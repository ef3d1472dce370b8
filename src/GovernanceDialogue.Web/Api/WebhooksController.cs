using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Webhooks;
using GovernanceDialogue.Core.Features.Webhooks;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>A new webhook subscription.</summary>
/// <param name="Name">What it is for, e.g. "Ärendesystemet".</param>
/// <param name="UnitId">Events in this unit and below it are delivered (a token: a unit in its own subtree).</param>
/// <param name="TargetUrl">An http(s) URL that resolves to public addresses (private ones only where configuration allows them).</param>
/// <param name="Events">Event types, e.g. <c>["dialogue.submitted", "agreement.created"]</c>.</param>
/// <param name="Secret">The signing secret (24–200 characters without spaces); leave out to have one generated.</param>
/// <param name="IsActive">Deliver events now (default true).</param>
public sealed record WebhookRequest(string? Name, Guid? UnitId, string? TargetUrl, IReadOnlyList<string>? Events, string? Secret, bool? IsActive);

/// <summary>A subscription's new settings (its unit stays).</summary>
/// <param name="Name">What it is for.</param>
/// <param name="TargetUrl">An http(s) URL that resolves to public addresses.</param>
/// <param name="Events">Event types.</param>
/// <param name="IsActive">Deliver events now.</param>
/// <param name="Secret">A new signing secret; leave out to keep the current one.</param>
/// <param name="NewSecret">Generate a new secret, returned in this answer only (not together with <c>secret</c>).</param>
public sealed record WebhookRevision(string? Name, string? TargetUrl, IReadOnlyList<string>? Events, bool IsActive, string? Secret, bool NewSecret);

/// <summary>
/// Webhooks for integrators: subscriptions to events (mission.published, cycle.opened, dialogue.submitted, …), signed
/// deliveries with retries, and each subscription's delivery log. Administrators, and tokens with the <c>webhooks</c>
/// scope for their subtree. Payloads and signatures: docs/webhooks.md.
/// </summary>
[Route("api/v1/webhooks")]
public sealed class WebhooksController(ISender sender) : ApiControllerBase
{
    /// <summary>The subscriptions the caller manages, by name (never their secrets).</summary>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1–200 (default 50).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">One page of subscriptions: all for administrators, those of its subtree for a token.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Neither an administrator nor a token with the webhooks scope.</response>
    [HttpGet]
    [ProducesResponseType<PagedList<WebhookDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    public async Task<PagedList<WebhookDto>> List(int page = 1, int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default) =>
        await sender.Send(new ListWebhooks.Query(page, pageSize), cancellationToken);

    /// <summary>Subscribes a target to events. The signing secret is in this answer only; store it now.</summary>
    /// <param name="request">Name, unit, target URL, events, optionally the secret and the active flag.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="201">Created, with its ETag; <c>secret</c> is shown this once.</response>
    /// <response code="400">A field is invalid, the unit does not exist, or the target is refused (not http(s), or it resolves to a private, loopback or link-local address).</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not allowed for this unit.</response>
    [HttpPost]
    [ProducesResponseType<CreateWebhook.Response>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    public async Task<ActionResult<CreateWebhook.Response>> Create(WebhookRequest request, CancellationToken cancellationToken)
    {
        var created = await sender.Send(
            new CreateWebhook.Command(request.Name, request.UnitId, request.TargetUrl, request.Events, request.Secret, request.IsActive ?? true), cancellationToken);
        Response.Headers.CacheControl = "no-store";
        Response.Headers.ETag = ETag.Format(created.Webhook.Version);
        return CreatedAtAction(nameof(Get), new { id = created.Webhook.Id }, created);
    }

    /// <summary>One subscription (never its secret).</summary>
    /// <param name="id">The subscription.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The subscription, with its ETag.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not allowed for its unit.</response>
    /// <response code="404">No such subscription.</response>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<WebhookDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<WebhookDto> Get(Guid id, CancellationToken cancellationToken)
    {
        var webhook = await sender.Send(new GetWebhook.Query(id), cancellationToken);
        return WithETag(webhook, webhook.Version);
    }

    /// <summary>Changes a subscription's name, target, events, active flag or secret.</summary>
    /// <param name="id">The subscription.</param>
    /// <param name="request">The new settings.</param>
    /// <param name="ifMatch">The ETag from your last GET (required; <c>*</c>: any version).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Saved, with the new ETag; <c>secret</c> holds the new secret when one was generated (shown this once).</response>
    /// <response code="400">A field is invalid or the target is refused.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not allowed for its unit.</response>
    /// <response code="404">No such subscription.</response>
    /// <response code="412">It changed since your GET.</response>
    /// <response code="428">If-Match is missing.</response>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<UpdateWebhook.Response>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, "application/problem+json")]
    public async Task<UpdateWebhook.Response> Update(Guid id, WebhookRevision request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var updated = await sender.Send(
            new UpdateWebhook.Command(id, ETag.Required(ifMatch), request.Name, request.TargetUrl, request.Events, request.IsActive, request.Secret, request.NewSecret),
            cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return WithETag(updated, updated.Webhook.Version);
    }

    /// <summary>Deletes a subscription and its delivery log; nothing more is sent to it.</summary>
    /// <param name="id">The subscription.</param>
    /// <param name="ifMatch">Optional ETag: refuse if it changed since.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="204">Deleted.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not allowed for its unit.</response>
    /// <response code="404">No such subscription.</response>
    /// <response code="412">It changed since your GET.</response>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<IActionResult> Delete(Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteWebhook.Command(id, ETag.Parse(ifMatch)), cancellationToken);
        return NoContent();
    }

    /// <summary>The subscription's delivery log, newest event first: status, attempts, the receiver's last answer and error, and the body sent.</summary>
    /// <param name="id">The subscription.</param>
    /// <param name="status">Only Pending, Delivered or Failed deliveries.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1–200 (default 50).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">One page of deliveries.</response>
    /// <response code="400">A filter is invalid.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not allowed for its unit.</response>
    /// <response code="404">No such subscription.</response>
    [HttpGet("{id:guid}/deliveries")]
    [ProducesResponseType<PagedList<WebhookDeliveryDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PagedList<WebhookDeliveryDto>> Deliveries(
        Guid id, WebhookDeliveryStatus? status, CancellationToken cancellationToken, int page = 1, int pageSize = Paging.DefaultPageSize) =>
        await sender.Send(new ListWebhookDeliveries.Query(id, status, page, pageSize), cancellationToken);

    /// <summary>
    /// Sends a delivery again at the next dispatch (within a minute) with a fresh round of retries: the same body and
    /// event id, so a receiver that already has it can recognise it.
    /// </summary>
    /// <param name="id">The subscription.</param>
    /// <param name="deliveryId">The delivery.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="202">Queued; the delivery as it now stands (Pending).</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not allowed for its unit.</response>
    /// <response code="404">No such subscription, or no such delivery of it.</response>
    [HttpPost("{id:guid}/deliveries/{deliveryId:guid}/redeliver")]
    [ProducesResponseType<WebhookDeliveryDto>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Redeliver(Guid id, Guid deliveryId, CancellationToken cancellationToken) =>
        Accepted(await sender.Send(new RedeliverWebhook.Command(id, deliveryId), cancellationToken));
}
