using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Behaviors;
using GovernanceDialogue.Core.Demo;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Notifications;
using GovernanceDialogue.Core.Features.Summaries;
using GovernanceDialogue.Core.Features.Webhooks;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.Core;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Governance";
    public const string MigrationsAssembly = "GovernanceDialogue.Migrations";

    /// <summary>Registers the domain, the handlers with their pipeline, and persistence.</summary>
    public static IServiceCollection AddGovernanceCore(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"Connection string '{ConnectionStringName}' is missing. Set ConnectionStrings__{ConnectionStringName} (see README).");

        services.AddDbContext<AppDbContext>((sp, options) => options.UseGovernanceDatabase(connectionString)
            // Webhooks: a dispatch soon after each commit that wrote outbox events.
            .AddInterceptors(sp.GetRequiredService<WebhookDispatchTrigger>()));
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(AuthorizationBehavior<,>), typeof(ValidationBehavior<,>), typeof(TransactionBehavior<,>)];
        });
        services.AddValidatorsFromAssemblyContaining<AppDbContext>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<Authorizer>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<PrincipalLoader>();
        services.AddIdentityCore<AppUser>(options =>
            {
                // Length over complexity rules (NIST SP 800-63B); lockout against guessing.
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 5;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserConfirmation<ActiveUserConfirmation>();
        services.AddScoped<CycleOpener>();
        services.AddScoped<CycleCloser>();
        services.AddScoped<CycleRollupBuilder>();
        services.AddScoped<SummaryGenerator>();
        services.AddScoped<SummaryDrafts>();
        services.AddScoped<NotificationWriter>();
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<IEmailSender, MailKitEmailSender>();
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.Section));
        services.AddGovernanceWebhooks(configuration);
        foreach (var job in Jobs.RecurringJobs.All)
        {
            services.AddTransient(job.Job);
        }

        services.AddTransient<Jobs.DispatchWebhooksSoonJob>();

        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoCitySeeder>();
        services.AddScoped<DemoDialoguesSeeder>();
        services.AddScoped<DemoSummariesSeeder>();
        services.AddScoped<DemoLearningSeeder>();
        services.AddScoped<DemoUsersSeeder>();
        services.AddScoped<AdministratorBootstrap>();
        return services;
    }

    /// <summary>The one place the PostgreSQL provider is configured (the app, the design-time factory and tests use it).</summary>
    public static DbContextOptionsBuilder UseGovernanceDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsAssembly(MigrationsAssembly)
                // Projections read their small child lists in the same statement (one round trip).
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            .UseSnakeCaseNamingConvention();
}
