using GovernanceDialogue.Core.Common;
using Hangfire;

namespace GovernanceDialogue.Core.Jobs;

/// <summary>
/// Every recurring job: the yearly wheel's daily steps (in this order each night: create cycles, close the due ones,
/// open the due ones; in the morning: reminders, then overdue), the e-mail delivery, the webhook dispatcher and the
/// webhook log's retention. Times are Swedish local time.
/// </summary>
public static class RecurringJobs
{
    /// <summary>A recurring job: its id, what it runs, and when (cron).</summary>
    public sealed record Definition(string Id, string Cron, string Description, Type Job, Action<IRecurringJobManager, string, RecurringJobOptions> Register);

    public static readonly IReadOnlyList<Definition> All =
    [
        Define<MaterialiseCyclesJob>("wheel-materialise-cycles", "10 0 * * *", "Creates this year's and next year's cycles from the yearly wheels."),
        Define<CloseDueCyclesJob>("wheel-close-due-cycles", "20 0 * * *", "Closes cycles whose close date has come; flags unfinished dialogues; prepares the figures."),
        Define<OpenDueCyclesJob>("wheel-open-due-cycles", "30 0 * * *", "Opens cycles whose opening day has come: dialogues, goals, carried-over agreements, notifications."),
        Define<SendPreparationRemindersJob>("dialogue-reminders", "0 7 * * *", "Reminds managers who have not submitted, before the preparation deadline."),
        Define<MarkOverdueDialoguesJob>("dialogue-overdue", "5 7 * * *", "Marks unsubmitted dialogues overdue after the deadline; one digest per executive and cycle."),
        Define<DeliverNotificationEmailsJob>("notification-emails", "*/2 * * * *", "Sends pending notification e-mails (with retries)."),
        Define<DispatchWebhooksJob>("webhooks-dispatch", "* * * * *", "Turns outbox events into webhook deliveries and sends the due ones (with retries)."),
        Define<PruneWebhookLogJob>("webhooks-prune", "40 3 * * *", "Deletes delivered and failed webhook deliveries, and dispatched events, older than Webhooks:RetentionDays."),
    ];

    /// <summary>Adds or updates every recurring job (safe on every start of every instance).</summary>
    public static void RegisterAll(IRecurringJobManager manager)
    {
        var options = new RecurringJobOptions { TimeZone = CityClock.TimeZone };
        foreach (var job in All)
        {
            job.Register(manager, job.Cron, options);
        }
    }

    private static Definition Define<TJob>(string id, string cron, string description)
        where TJob : SystemJob =>
        new(id, cron, description, typeof(TJob), (manager, schedule, options) => manager.AddOrUpdate<TJob>(id, job => job.RunAsync(CancellationToken.None), schedule, options));
}
