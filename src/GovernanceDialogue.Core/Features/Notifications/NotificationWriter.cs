using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovernanceDialogue.Core.Features.Notifications;

/// <summary>
/// Writes notifications in bulk with one INSERT … SELECT per kind. The unique (recipient, kind, subject) index with
/// ON CONFLICT DO NOTHING is the idempotency key: a job that runs twice, or is retried after a crash, never
/// notifies anyone twice. Recipients are active users; their e-mail copy is pending when e-mail is on.
/// </summary>
public sealed class NotificationWriter(AppDbContext db, IOptions<EmailOptions> email, TimeProvider clock)
{
    /// <summary>
    /// Inserts one notification per row of <paramref name="source"/>, a SELECT with the columns
    /// <c>recipient_id, subject_id, data (jsonb), link</c>. Returns how many were new.
    /// </summary>
    public Task<int> InsertAsync(string kind, FormattableString source, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var arguments = new List<object?> { kind, now, email.Value.Enabled };
        // The source's own placeholders follow these three.
        var sourceSql = Regex.Replace(source.Format, @"(?<!\{)\{(\d+)\}", m => $"{{{int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 3}}}");
        arguments.AddRange(source.GetArguments());
        var sql = FormattableStringFactory.Create(
            $$"""
            INSERT INTO notifications (id, recipient_id, kind, subject_id, data, link, created_at, email_state, email_attempts, email_next_attempt_at)
            SELECT gen_random_uuid(), s.recipient_id, {0}, s.subject_id, s.data, s.link, {1},
                   CASE WHEN {2} AND coalesce(r.email, '') <> '' THEN 'Pending' ELSE 'None' END, 0,
                   CASE WHEN {2} AND coalesce(r.email, '') <> '' THEN {1} END
            FROM ({{sourceSql}}) AS s
            JOIN users r ON r.id = s.recipient_id AND r.is_active
            ON CONFLICT (recipient_id, kind, subject_id) DO NOTHING
            """,
            [.. arguments]);
        return db.Database.ExecuteSqlAsync(sql, cancellationToken);
    }
}
