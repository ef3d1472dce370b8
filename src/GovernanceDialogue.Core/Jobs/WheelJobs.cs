using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.Core.Jobs;

/// <summary>Creates this year's and next year's cycles from the yearly wheels.</summary>
public sealed class MaterialiseCyclesJob(IServiceScopeFactory scopes) : SystemJob<MaterialiseCycles.Command, int>(scopes);

/// <summary>Opens the cycles whose opening day has come.</summary>
public sealed class OpenDueCyclesJob(IServiceScopeFactory scopes) : SystemJob<OpenDueCycles.Command, int>(scopes);

/// <summary>Closes the cycles whose close date has come and prepares their figures.</summary>
public sealed class CloseDueCyclesJob(IServiceScopeFactory scopes) : SystemJob<CloseDueCycles.Command, int>(scopes);

/// <summary>Reminds the managers who have not submitted, before the preparation deadline.</summary>
public sealed class SendPreparationRemindersJob(IServiceScopeFactory scopes) : SystemJob<SendPreparationReminders.Command, int>(scopes);

/// <summary>Marks unsubmitted dialogues overdue after the deadline and sends the executives their digest.</summary>
public sealed class MarkOverdueDialoguesJob(IServiceScopeFactory scopes) : SystemJob<MarkOverdueDialogues.Command, MarkOverdueDialogues.Response>(scopes);

/// <summary>Sends the e-mail copies of notifications.</summary>
public sealed class DeliverNotificationEmailsJob(IServiceScopeFactory scopes) : SystemJob<DeliverNotificationEmails.Command, DeliverNotificationEmails.Response>(scopes);
