using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Webhooks;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Webhooks;

/// <summary>
/// Subscribes a target to events in a unit's subtree. The secret is generated (or taken as supplied) and is in this
/// answer only; the target must pass the SSRF guard.
/// </summary>
public static class CreateWebhook
{
    public sealed record Command(string? Name, Guid? UnitId, string? TargetUrl, IReadOnlyList<string>? Events, string? Secret = null, bool IsActive = true)
        : ICommand<Response>, IAuthorized, IWebhookFields
    {
        Permission IAuthorized.Permission => Permission.ManageWebhooks;

        ResourceScope IAuthorized.Scope => ResourceScope.InBody(UnitId);
    }

    /// <summary>The subscription and its signing secret (shown this once).</summary>
    public sealed record Response(WebhookDto Webhook, string Secret);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            this.Fields();
            RuleFor(c => c.UnitId).NotEmpty();
        }
    }

    public sealed class Handler(AppDbContext db, WebhookTargetGuard guard, WebhookSecrets secrets, TimeProvider clock, ICurrentUser user)
        : ICommandHandler<Command, Response>
    {
        public async ValueTask<Response> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!await db.Units.AnyAsync(u => u.Id == command.UnitId, cancellationToken))
            {
                throw new ValidationException([new ValidationFailure(nameof(Command.UnitId), $"No unit with id '{command.UnitId}' exists.")]);
            }

            await WebhookRules.EnsureTargetAllowedAsync(guard, command.TargetUrl!, cancellationToken);
            var now = clock.GetUtcNow();
            var secret = command.Secret ?? WebhookSecrets.Generate();
            var subscription = WebhookSubscription.Create(
                Guid.CreateVersion7(now), command.Name!, command.UnitId!.Value, command.TargetUrl!, command.Events!, command.IsActive, secret,
                secrets.Protect(secret), now, user.DisplayName);
            db.WebhookSubscriptions.Add(subscription);
            await db.SaveChangesAsync(cancellationToken);
            return new Response(await WebhookProjection.LoadDtoAsync(db, subscription.Id, cancellationToken), secret);
        }
    }
}
