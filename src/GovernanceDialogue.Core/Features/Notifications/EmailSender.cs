using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace GovernanceDialogue.Core.Features.Notifications;

/// <summary>An e-mail to one person, in plain text.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>Sends e-mail as configured (<see cref="EmailOptions"/>).</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// Sends over SMTP, or writes .eml files into a folder, with MailKit/MimeKit (see ADR-007). One connection per
/// message: the delivery job sends a small batch every two minutes, each message saved as sent on its own.
/// </summary>
public sealed class MailKitEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var mail = Compose(settings, message);
        switch (settings.Delivery)
        {
            case EmailDelivery.Smtp:
                await SendOverSmtpAsync(settings.Smtp, mail, cancellationToken);
                break;
            case EmailDelivery.PickupDirectory:
                await WriteToFolderAsync(settings, mail, cancellationToken);
                break;
            default:
                throw new InvalidOperationException("E-mail is off (Email:Delivery).");
        }
    }

    private static MimeMessage Compose(EmailOptions settings, EmailMessage message)
    {
        var mail = new MimeMessage
        {
            Subject = message.Subject,
            Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = message.Body },
        };
        mail.From.Add(MailboxAddress.Parse(settings.From));
        mail.To.Add(MailboxAddress.Parse(message.To));
        return mail;
    }

    private static async Task SendOverSmtpAsync(SmtpOptions smtp, MimeMessage mail, CancellationToken cancellationToken)
    {
        // With TLS on: implicit TLS on port 465, otherwise STARTTLS, required (never a silent fall-back to plain text).
        var security = !smtp.EnableSsl ? SecureSocketOptions.None
            : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken);
        if (smtp.UserName is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mail, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    /// <summary>Writes the message under a temporary name and then renames it, so a reader never sees half a file.</summary>
    private static async Task WriteToFolderAsync(EmailOptions settings, MimeMessage mail, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(settings.PickupDirectory
            ?? throw new InvalidOperationException("Email:PickupDirectory is required for the PickupDirectory delivery.")).FullName;
        var name = Path.Combine(folder, $"{Guid.NewGuid():N}");
        await mail.WriteToAsync(name + ".tmp", cancellationToken);
        File.Move(name + ".tmp", name + ".eml");
    }
}
