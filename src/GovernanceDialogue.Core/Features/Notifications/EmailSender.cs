using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace GovernanceDialogue.Core.Features.Notifications;

/// <summary>An e-mail to one person, in plain text.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>Sends e-mail as configured (<see cref="EmailOptions"/>).</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>Sends over SMTP, or writes .eml files into a folder, with .NET's <see cref="SmtpClient"/>.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var mail = new MailMessage(new MailAddress(settings.From), new MailAddress(message.To))
        {
            Subject = message.Subject,
            Body = message.Body,
            BodyEncoding = System.Text.Encoding.UTF8,
            SubjectEncoding = System.Text.Encoding.UTF8,
        };
        using var client = settings.Delivery switch
        {
            EmailDelivery.Smtp => new SmtpClient(settings.Smtp.Host, settings.Smtp.Port)
            {
                EnableSsl = settings.Smtp.EnableSsl,
                Credentials = settings.Smtp.UserName is { Length: > 0 } user ? new NetworkCredential(user, settings.Smtp.Password) : null,
            },
            EmailDelivery.PickupDirectory => new SmtpClient
            {
                DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
                PickupDirectoryLocation = Directory.CreateDirectory(settings.PickupDirectory
                    ?? throw new InvalidOperationException("Email:PickupDirectory is required for the PickupDirectory delivery.")).FullName,
            },
            _ => throw new InvalidOperationException("E-mail is off (Email:Delivery)."),
        };
        await client.SendMailAsync(mail, cancellationToken);
    }
}
