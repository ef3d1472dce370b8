using GovernanceDialogue.Core;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Jobs;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;

namespace GovernanceDialogue.Web.Infrastructure;

/// <summary>The <c>Jobs</c> configuration section: Hangfire, which runs the yearly wheel and every background job.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Hangfire at all: storage, the recurring jobs and the dashboard (on by default).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Whether this instance processes jobs. Turn it off on web-only nodes; every instance shares the queue.</summary>
    public bool Server { get; set; } = true;

    public int WorkerCount { get; set; } = 2;

    /// <summary>Hangfire's tables live in their own PostgreSQL schema.</summary>
    public string Schema { get; set; } = "hangfire";
}

/// <summary>
/// Hangfire on PostgreSQL. The storage and job activator are services of this host (not Hangfire's process-wide
/// statics), so several hosts in one process (the tests) never share them. The dashboard, at <c>/admin/jobs</c>, is for
/// administrators only.
/// </summary>
public static class JobsSetup
{
    public const string DashboardPath = "/admin/jobs";

    public static void AddGovernanceJobs(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        builder.Services.Configure<JobsOptions>(builder.Configuration.GetSection(JobsOptions.Section));
        if (!options.Enabled)
        {
            return;
        }

        var connectionString = builder.Configuration.GetConnectionString(DependencyInjection.ConnectionStringName)!;
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = options.Schema,
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromSeconds(5),
            UseSlidingInvisibilityTimeout = true,
        };
        builder.Services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(
            new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(connectionString, storageOptions, null), storageOptions));
        builder.Services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (options.Server)
        {
            builder.Services.AddHangfireServer((_, server) =>
            {
                server.WorkerCount = options.WorkerCount;
                server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
        }
    }

    public static void UseGovernanceJobs(this WebApplication app)
    {
        if (app.Services.GetService<JobStorage>() is not { } storage)
        {
            return;
        }

        app.UseHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdministratorsOnly()],
            DashboardTitle = "GovernanceDialogue – jobs",
            AppPath = "/",
            DisplayStorageConnectionString = false,
        }, storage);
        app.Lifetime.ApplicationStarted.Register(() => RecurringJobs.RegisterAll(app.Services.GetRequiredService<IRecurringJobManager>()));
    }

    /// <summary>The dashboard is for administrators (Permission.OperateJobs); everyone else gets 401 or 403.</summary>
    private sealed class AdministratorsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().RequestServices.GetRequiredService<Authorizer>().Can(Permission.OperateJobs, null);
    }
}
