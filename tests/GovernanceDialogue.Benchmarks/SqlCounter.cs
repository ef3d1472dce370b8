using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GovernanceDialogue.Benchmarks;

/// <summary>
/// Counts what the app sends to PostgreSQL through its DbContext: every command (a query, a raw statement, a batch
/// of saved changes) and every commit. Npgsql sends BEGIN together with the next command, so commands + commits is
/// the number of round trips. The benchmark does one thing at a time, so one process-wide counter is enough.
/// </summary>
public sealed class SqlCounter : IDbCommandInterceptor, IDbTransactionInterceptor
{
    private readonly List<string> statements = [];
    private readonly List<TimeSpan?> durations = [];
    private readonly Lock gate = new();
    private int commits;

    public int Commands
    {
        get
        {
            lock (gate)
            {
                return statements.Count;
            }
        }
    }

    public int Commits => Volatile.Read(ref commits);

    public int RoundTrips => Commands + Commits;

    /// <summary>
    /// The statements since the last reset, each shortened to one line, with the time until the server answered
    /// (for a query: until the first rows arrived, not until they were all read).
    /// </summary>
    public IReadOnlyList<string> Statements
    {
        get
        {
            lock (gate)
            {
                return statements.Select((text, i) => durations[i] is { } d ? FormattableString.Invariant($"({d.TotalMilliseconds:0.0} ms) {text}") : text).ToList();
            }
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            statements.Clear();
            durations.Clear();
        }

        Volatile.Write(ref commits, 0);
    }

    // Every kind of command (reader, non-query, scalar; sync or async) is counted when it starts and timed when it ends.
    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Record(command, result);

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) => Record(command, result);

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) => Record(command, result);

    public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    public DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) => Executed(eventData, result);

    public ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Executed(eventData, result));

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) => Executed(eventData, result);

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Executed(eventData, result));

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) => Executed(eventData, result);

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Executed(eventData, result));

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) => Committing(result);

    public ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Committing(result));

    private T Record<T>(DbCommand command, T result)
    {
        var text = string.Join(' ', command.CommandText.Split((char[])['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        lock (gate)
        {
            statements.Add(text.Length > 160 ? text[..160] + "…" : text);
            durations.Add(null);
        }

        return result;
    }

    // Commands run one after another here, so the one that finished is the last one started.
    private T Executed<T>(CommandExecutedEventData eventData, T result)
    {
        lock (gate)
        {
            if (durations.Count > 0)
            {
                durations[^1] = eventData.Duration;
            }
        }

        return result;
    }

    private T Committing<T>(T result)
    {
        Interlocked.Increment(ref commits);
        return result;
    }
}
