using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Webhooks;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Webhooks;

/// <summary>
/// Changes a subscription's name, target, events or active flag (its unit stays), and optionally its secret: a
/// supplied one, or a new generated one (<c>NewSecret</c>), returned in this answer only.
/// </summary>
public static class UpdateWebhook
{
    public sealed record Command(
        Guid Id, uint? ExpectedVersion, string? Name, string? TargetUrl, IReadOnlyList<string>? Events, bool IsActive, string? Secret = null, bool NewSecret = false)
        : ICommand<Response>, IAuthorized, IWebhookFields
    {
        Permission IAuthorized.Permission => Permission.ManageWebhooks;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<WebhookSubscription>(Id, "Webhook");
    }

    /// <summary>The subscription, and the new secret when one was generated.</summary>
    public sealed record Response(WebhookDto Webhook, string? Secret);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            this.Fields();
            RuleFor(c => c.NewSecret).Equal(false).When(c => c.Secret is not null).WithMessage("Supply a secret or ask for a new one, not both.");
        }
    }

    public sealed class Handler(AppDbContext db, WebhookTargetGuard guard, WebhookSecrets secrets, TimeProvider clock, ICurrentUser user)
        : ICommandHandler<Command, Response>
    {
        public async ValueTask<Response> Handle(Command command, CancellationToken cancellationToken)
        {
            var subscription = await db.WebhookSubscriptions.FindOrThrowAsync(command.Id, "Webhook", cancellationToken);
            db.ExpectVersion(subscription, command.ExpectedVersion);
            await WebhookRules.EnsureTargetAllowedAsync(guard, command.TargetUrl!, cancellationToken);
            subscription.Update(command.Name!, command.TargetUrl!, command.Events!, command.IsActive, clock.GetUtcNow(), user.DisplayName);
            var generated = command.NewSecret ? WebhookSecrets.Generate() : null;
            if ((command.Secret ?? generated) is { } secret)
            {
                subscription.UseSecret(secret, secrets.Protect(secret));
            }

            await db.SaveChangesAsync(cancellationToken);
            return new Response(await WebhookProjection.LoadDtoAsync(db, subscription.Id, cancellationToken), generated);
        }
    }
}
