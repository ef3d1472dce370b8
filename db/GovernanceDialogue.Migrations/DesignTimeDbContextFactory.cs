using GovernanceDialogue.Core;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GovernanceDialogue.Migrations;

/// <summary>
/// Lets <c>dotnet ef</c> build the context without starting the web app. Adding a migration or scripting one needs
/// no database; commands that touch one read <c>ConnectionStrings__Governance</c>.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable($"ConnectionStrings__{DependencyInjection.ConnectionStringName}")
            ?? "Host=127.0.0.1;Port=5432;Database=governance;Username=postgres";
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseGovernanceDatabase(connectionString);
        return new AppDbContext(builder.Options);
    }
}
