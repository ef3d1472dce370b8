using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Webhooks;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Webhooks;

/// <summary>A webhook subscription (never its secret).</summary>
/// <param name="Id">The subscription's id.</param>
/// <param name="Name">What it is for, e.g. "Ärendesystemet".</param>
/// <param name="UnitId">Events in this unit and below it are delivered.</param>
/// <param name="UnitName">That unit's name.</param>
/// <param name="TargetUrl">Where events are POSTed.</param>
/// <param name="Events">The event types it receives.</param>
/// <param name="SecretHint">The first characters of the signing secret, to recognise it.</param>
/// <param name="IsActive">Whether events are delivered now. An inactive subscription receives nothing: events meanwhile are not kept for it.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="UpdatedAt">When it was last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
/// <param name="PendingDeliveries">Deliveries waiting for their first attempt or a retry.</param>
/// <param name="FailedDeliveries">Deliveries given up after every retry (redeliver them on request).</param>
/// <param name="Version">The version for If-Match (also the ETag).</param>
public sealed record WebhookDto(
    Guid Id,
    string Name,
    Guid UnitId,
    string UnitName,
    string TargetUrl,
    IReadOnlyList<string> Events,
    string SecretHint,
    bool IsActive,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? UpdatedAt,
    string? UpdatedBy,
    int PendingDeliveries,
    int FailedDeliveries,
    uint Version);

/// <summary>One event for one subscription, with its delivery log.</summary>
/// <param name="Id">The delivery's id (also sent as <c>X-GovernanceDialogue-Delivery</c>).</param>
/// <param name="EventId">The event's id (<c>X-GovernanceDialogue-Event-Id</c>, and <c>id</c> in the body): what receivers de-duplicate by.</param>
/// <param name="EventType">e.g. <c>dialogue.submitted</c>.</param>
/// <param name="OccurredAt">When the change happened.</param>
/// <param name="Status">Pending, Delivered or Failed.</param>
/// <param name="Attempts">Every attempt so far, redeliveries included.</param>
/// <param name="NextAttemptAt">When it is tried next (pending only).</param>
/// <param name="LastAttemptAt">When it was last tried.</param>
/// <param name="ResponseStatusCode">The receiver's last HTTP status (null: no answer).</param>
/// <param name="LastError">Why the last attempt failed.</param>
/// <param name="DeliveredAt">When the receiver last accepted it.</param>
/// <param name="Body">The JSON body, exactly as sent.</param>
public sealed record WebhookDeliveryDto(
    Guid Id,
    Guid EventId,
    string EventType,
    DateTimeOffset OccurredAt,
    WebhookDeliveryStatus Status,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? LastAttemptAt,
    int? ResponseStatusCode,
    string? LastError,
    DateTimeOffset? DeliveredAt,
    string Body);

internal static class WebhookProjection
{
    public static IQueryable<WebhookDto> ProjectToDto(this IQueryable<WebhookSubscription> subscriptions, AppDbContext db) =>
        subscriptions.Select(s => new WebhookDto(
            s.Id, s.Name, s.UnitId, db.Units.Where(u => u.Id == s.UnitId).Select(u => u.Name).Single(), s.TargetUrl, s.Events, s.SecretHint, s.IsActive,
            s.CreatedAt, s.CreatedBy, s.UpdatedAt, s.UpdatedBy,
            db.WebhookDeliveries.Count(d => d.SubscriptionId == s.Id && d.Status == WebhookDeliveryStatus.Pending),
            db.WebhookDeliveries.Count(d => d.SubscriptionId == s.Id && d.Status == WebhookDeliveryStatus.Failed),
            s.Version));

    /// <summary>Newest event first.</summary>
    public static IQueryable<WebhookDeliveryDto> ProjectToDto(this IQueryable<WebhookDelivery> deliveries, AppDbContext db) =>
        from d in deliveries
        join e in db.WebhookEvents on d.EventId equals e.Id
        orderby e.OccurredAt descending, d.Id
        select new WebhookDeliveryDto(
            d.Id, e.Id, e.Type, e.OccurredAt, d.Status, d.Attempts, d.NextAttemptAt, d.LastAttemptAt, d.ResponseStatusCode, d.LastError, d.DeliveredAt, e.Body);

    public static Task<WebhookDto> LoadDtoAsync(AppDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.WebhookSubscriptions.AsNoTracking().Where(s => s.Id == id).ProjectToDto(db).SingleAsync(cancellationToken);
}

/// <summary>The fields a subscription is written with, checked the same way on create and update.</summary>
public interface IWebhookFields
{
    string? Name { get; }

    string? TargetUrl { get; }

    IReadOnlyList<string>? Events { get; }

    string? Secret { get; }
}

internal static class WebhookRules
{
    /// <summary>The shape of the fields (the target's addresses are checked by <see cref="EnsureTargetAllowedAsync"/>).</summary>
    public static void Fields<T>(this AbstractValidator<T> validator)
        where T : IWebhookFields
    {
        validator.RuleFor(c => c.Name).RequiredText(WebhookSubscription.NameMaxLength);
        validator.RuleFor(c => c.TargetUrl).NotEmpty().MaximumLength(WebhookSubscription.UrlMaxLength)
            .Must(url => WebhookTargetGuard.Parse(url).Uri is not null)
            .WithMessage(c => WebhookTargetGuard.Parse(c.TargetUrl).Problem ?? "");
        validator.RuleFor(c => c.Events).NotEmpty();
        validator.RuleForEach(c => c.Events).Must(e => WebhookEventTypes.All.Contains(e))
            .WithMessage($"Use these event types: {string.Join(", ", WebhookEventTypes.All)}.");
        validator.RuleFor(c => c.Secret)
            .Length(WebhookSubscription.SecretMinLength, WebhookSubscription.SecretMaxLength)
            .Must(s => s is null || !s.Any(char.IsWhiteSpace)).WithMessage("The secret must not contain spaces.")
            .When(c => c.Secret is not null);
    }

    /// <summary>The SSRF guard at subscription time: 400 on the field when the host resolves to a refused address.</summary>
    public static async Task EnsureTargetAllowedAsync(WebhookTargetGuard guard, string targetUrl, CancellationToken cancellationToken)
    {
        var uri = WebhookTargetGuard.Parse(targetUrl).Uri!;
        try
        {
            await guard.ResolveAsync(uri.IdnHost, cancellationToken);
        }
        catch (WebhookTargetRefusedException ex)
        {
            throw new ValidationException([new ValidationFailure(nameof(IWebhookFields.TargetUrl), ex.Message)]);
        }
    }
}
