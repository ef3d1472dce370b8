using GovernanceDialogue.Core.Common;
using Hangfire;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.Core.Jobs;

/// <summary>
/// A background job: sends one command, as the System principal, in its own service scope, so it passes the same
/// authorisation gate, validation, transaction and audit trail as a request. Hangfire retries a failed run, runs one
/// at a time per job across all instances (a distributed lock), and every command is idempotent.
/// </summary>
[AutomaticRetry(Attempts = 5, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
[DisableConcurrentExecution(timeoutInSeconds: 15 * 60)]
public abstract class SystemJob
{
    public abstract Task RunAsync(CancellationToken cancellationToken);
}

/// <inheritdoc cref="SystemJob"/>
public abstract class SystemJob<TCommand, TResponse>(IServiceScopeFactory scopes) : SystemJob
    where TCommand : ICommand<TResponse>, new()
{
    public override Task RunAsync(CancellationToken cancellationToken) => SendAsync(cancellationToken);

    /// <summary>Runs the job's command and returns its answer (what tests check).</summary>
    public async Task<TResponse> SendAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new TCommand(), cancellationToken);
    }
}
