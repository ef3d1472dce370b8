using FluentValidation;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Behaviors;
using GovernanceDialogue.Core.Demo;
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

        services.AddDbContext<AppDbContext>(options => options.UseGovernanceDatabase(connectionString));
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(ValidationBehavior<,>), typeof(TransactionBehavior<,>)];
        });
        services.AddValidatorsFromAssemblyContaining<AppDbContext>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoCitySeeder>();
        return services;
    }

    /// <summary>The one place the PostgreSQL provider is configured (the app, the design-time factory and tests use it).</summary>
    public static DbContextOptionsBuilder UseGovernanceDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly))
            .UseSnakeCaseNamingConvention();
}
