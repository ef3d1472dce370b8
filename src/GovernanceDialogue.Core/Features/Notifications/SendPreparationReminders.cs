using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Notifications;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.Extensions.Options;

namespace GovernanceDialogue.Core.Features.Notifications;

/// <summary>
/// The daily reminder: within the configured number of days before a preparation deadline, every manager whose
/// dialogue is still being prepared gets one reminder — only those who still owe something, and only once (one
/// INSERT … SELECT over all open cycles; the notification's unique key makes a second run a no-op).
/// </summary>
public static class SendPreparationReminders
{
    public sealed record Command : ICommand<int>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageCycles;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : FluentValidation.AbstractValidator<Command>;

    public sealed class Handler(NotificationWriter notifications, IOptions<ReminderOptions> options, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var sent = await notifications.InsertAsync(
                nameof(NotificationKind.PreparationReminder),
                $"""
                SELECT ra.user_id AS recipient_id, d.id AS subject_id,
                       jsonb_build_object('unit', u.name, 'cycle', c.name, 'dueOn', to_char(c.preparation_due_on, 'YYYY-MM-DD')) AS data,
                       '/dialogues/' || d.id AS link
                FROM dialogues d
                JOIN dialogue_cycles c ON c.id = d.cycle_id
                JOIN units u ON u.id = d.unit_id
                JOIN role_assignments ra ON ra.unit_id = d.unit_id AND ra.role = 'UnitManager'
                WHERE c.status = 'Open' AND d.status = 'Preparing'
                  AND {today} BETWEEN c.preparation_due_on - {options.Value.ReminderDaysBeforeDeadline} AND c.preparation_due_on
                """,
                cancellationToken);
            if (sent > 0)
            {
                audit.Note(nameof(Notification), nameof(NotificationKind.PreparationReminder), $"{sent} reminders");
            }

            return sent;
        }
    }
}
