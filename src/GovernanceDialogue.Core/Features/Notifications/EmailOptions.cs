namespace GovernanceDialogue.Core.Features.Notifications;

/// <summary>How notification e-mails leave the app.</summary>
public enum EmailDelivery
{
    /// <summary>No e-mail: notifications are in the app only (the default).</summary>
    Off,

    /// <summary>Over SMTP (<see cref="EmailOptions.Smtp"/>).</summary>
    Smtp,

    /// <summary>Written as .eml files into <see cref="EmailOptions.PickupDirectory"/> (development and testing).</summary>
    PickupDirectory,
}

/// <summary>The <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.Off;

    /// <summary>The sender address, e.g. <c>"GovernanceDialogue &lt;no-reply@stad.se&gt;"</c>.</summary>
    public string From { get; set; } = "GovernanceDialogue <no-reply@localhost>";

    /// <summary>The public address of the site, for the links in e-mails (e.g. <c>https://styrning.stad.se</c>).</summary>
    public string BaseUrl { get; set; } = "http://localhost:5080";

    public string? PickupDirectory { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    public bool Enabled => Delivery != EmailDelivery.Off;
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    /// <summary>STARTTLS/TLS (on by default; turn off only for a local relay).</summary>
    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
