using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Behaviors;
using GovernanceDialogue.Core.Domain.Notifications;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovernanceDialogue.Core.Features.Notifications;

/// <summary>
/// Sends the e-mail copies that are due (pending, and past their next attempt), each in Swedish with English
/// below. Each one is saved as sent the moment it leaves, in its own transaction, so a crash half-way neither
/// loses the rest nor sends the sent ones again; a failure is retried with exponential backoff and given up after
/// <see cref="Notification.MaxEmailAttempts"/> attempts.
/// </summary>
public static class DeliverNotificationEmails
{
    public const int BatchSize = 200;

    public sealed record Response(int Sent, int Failed);

    public sealed record Command : ICommand<Response>, IAuthorized, IManagesOwnTransactions
    {
        Permission IAuthorized.Permission => Permission.ManageCycles;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : FluentValidation.AbstractValidator<Command>;

    public sealed class Handler(
        AppDbContext db, IEmailSender sender, INotificationTexts texts, IOptions<EmailOptions> options, TimeProvider clock, ILogger<Command> logger)
        : ICommandHandler<Command, Response>
    {
        public async ValueTask<Response> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!options.Value.Enabled)
            {
                return new Response(0, 0);
            }

            var now = clock.GetUtcNow();
            var due = await (from n in db.Notifications
                             join u in db.Users on n.RecipientId equals u.Id
                             where n.EmailState == EmailState.Pending && n.EmailNextAttemptAt <= now
                             orderby n.CreatedAt
                             select new { Notification = n, u.Email }).Take(BatchSize).ToListAsync(cancellationToken);
            var (sent, failed) = (0, 0);
            foreach (var (notification, email) in due.Select(d => (d.Notification, d.Email)))
            {
                if (string.IsNullOrWhiteSpace(email))
                {
                    notification.NoEmail();
                }
                else
                {
                    try
                    {
                        await sender.SendAsync(Compose(notification, email), cancellationToken);
                        notification.EmailSent(clock.GetUtcNow());
                        sent++;
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        logger.LogWarning(ex, "E-mail for notification {Id} failed (attempt {Attempt})", notification.Id, notification.EmailAttempts + 1);
                        notification.EmailFailed(ex.Message, clock.GetUtcNow());
                        failed++;
                    }
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            return new Response(sent, failed);
        }

        private EmailMessage Compose(Notification notification, string email)
        {
            var link = options.Value.BaseUrl.TrimEnd('/') + notification.Link;
            var body = $"""
                {texts.Body(notification.Kind, notification.Data, "sv-SE")}

                {link}

                ---

                {texts.Body(notification.Kind, notification.Data, "en-GB")}
                """;
            return new EmailMessage(email, texts.Title(notification.Kind, notification.Data, "sv-SE"), body);
        }
    }
}
