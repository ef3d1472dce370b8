using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Notifications;
using GovernanceDialogue.Core.Features.Notifications;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Dialogues;

/// <summary>
/// The daily overdue check: after a preparation deadline, every dialogue still being prepared is marked overdue
/// (once), and each executive above such units gets one digest per cycle listing them. Two set-based statements;
/// running it again changes nothing and sends nothing.
/// </summary>
public static class MarkOverdueDialogues
{
    public const int UnitsNamedInDigest = 10;

    public sealed record Response(int MarkedOverdue, int Digests);

    public sealed record Command : ICommand<Response>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageCycles;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : FluentValidation.AbstractValidator<Command>;

    public sealed class Handler(AppDbContext db, NotificationWriter notifications, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, Response>
    {
        public async ValueTask<Response> Handle(Command command, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var marked = await db.Database.ExecuteSqlAsync(
                $"""
                UPDATE dialogues d SET overdue_since = c.preparation_due_on + 1
                FROM dialogue_cycles c
                WHERE c.id = d.cycle_id AND c.status = 'Open' AND d.status = 'Preparing' AND d.overdue_since IS NULL
                  AND c.preparation_due_on < {today}
                """,
                cancellationToken);

            // An executive's digest names the overdue units under them (strictly below the unit they lead). The leaders
            // are found among the ancestors listed in each unit's own path (an index lookup per ancestor, not a scan of
            // all units per dialogue), and an executive assigned at two levels counts each dialogue once.
            var digests = await notifications.InsertAsync(
                nameof(NotificationKind.OverdueDigest),
                $"""
                SELECT o.user_id AS recipient_id, o.cycle_id AS subject_id,
                       jsonb_build_object('cycle', o.cycle_name, 'count', count(*)::text,
                                          'units', array_to_string((array_agg(o.unit_name ORDER BY o.unit_name))[1:{UnitsNamedInDigest}], ', ')) AS data,
                       '/cycles/' || o.cycle_id AS link
                FROM (
                    SELECT DISTINCT ra.user_id, c.id AS cycle_id, c.name AS cycle_name, d.id AS dialogue_id, u.name AS unit_name
                    FROM dialogues d
                    JOIN dialogue_cycles c ON c.id = d.cycle_id
                    JOIN units u ON u.id = d.unit_id
                    CROSS JOIN LATERAL unnest(string_to_array(trim(both '/' from u.path), '/')) AS above(id)
                    JOIN role_assignments ra ON ra.unit_id = above.id::uuid AND ra.role = 'Executive' AND ra.unit_id <> u.id
                    WHERE c.status = 'Open' AND d.status = 'Preparing' AND d.overdue_since IS NOT NULL
                ) o
                GROUP BY o.user_id, o.cycle_id, o.cycle_name
                """,
                cancellationToken);
            if (marked + digests > 0)
            {
                audit.Note(nameof(Dialogue), "overdue", $"{marked} dialogues marked overdue, {digests} digests");
            }

            return new Response(marked, digests);
        }
    }
}
