using System.Net;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Jobs;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.IntegrationTests.Dialogues;

/// <summary>Hangfire itself: its schema in PostgreSQL, every recurring job registered, a queued job run by the server, and the dashboard for administrators only.</summary>
public sealed class JobsTests : IntegrationTest
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Jobs:Enabled"] = "true",
        ["Jobs:Server"] = "true",
        ["Jobs:WorkerCount"] = "1",
    };

    [Fact]
    public async Task EveryRecurringJob_IsRegistered_AndAQueuedJobIsRunByTheServer()
    {
        using var client = App.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", Cancel)).StatusCode);
        var storage = App.Services.GetRequiredService<JobStorage>();
        using (var connection = storage.GetConnection())
        {
            var registered = await WaitForAsync(() => connection.GetRecurringJobs().Select(j => j.Id).Order().ToList(), ids => ids.Count == RecurringJobs.All.Count);
            Assert.Equal(RecurringJobs.All.Select(j => j.Id).Order(), registered);
            Assert.All(connection.GetRecurringJobs(), job => Assert.Equal(CityClock.TimeZone.Id, job.TimeZoneId));
        }

        var tree = await TestTree.CreateAsync(c => SendAsync(c));
        var today = App.Clock.Today();
        var cycle = await SendAsync(new CreateCycle.Command(tree.Administration.Id, "Vår", null, today, today.AddDays(5), today.AddDays(6), today.AddDays(10), today.AddDays(20)));

        App.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<OpenDueCyclesJob>(job => job.RunAsync(CancellationToken.None));

        var status = await WaitForAsync(
            () => DbAsync(db => db.Cycles.Where(c => c.Id == cycle.Id).Select(c => c.Status).SingleAsync()).GetAwaiter().GetResult(),
            s => s == CycleStatus.Open);
        Assert.Equal(CycleStatus.Open, status);
        Assert.Equal(2, await DbAsync(db => db.Dialogues.CountAsync(d => d.CycleId == cycle.Id)));
    }

    [Fact]
    public async Task TheDashboard_IsForAdministratorsOnly()
    {
        using var anonymous = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var tree = await TestTree.CreateAsync(c => SendAsync(c));
        using var executive = await ClientAsync((Role.Executive, tree.City.Id));
        using var admin = await ClientAsync((Role.Administrator, null));

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/admin/jobs", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await executive.GetAsync("/admin/jobs", Cancel)).StatusCode);
        var page = await admin.GetAsync("/admin/jobs/recurring", Cancel);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("wheel-open-due-cycles", await page.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    private static async Task<T> WaitForAsync<T>(Func<T> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var value = read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250, Cancel);
            value = read();
        }

        return value;
    }
}
