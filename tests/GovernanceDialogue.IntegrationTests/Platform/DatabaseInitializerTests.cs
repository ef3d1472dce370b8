using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Persistence;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.IntegrationTests.Platform;

public sealed class DatabaseInitializerTests : IntegrationTest
{
    [Fact]
    public async Task InstancesStartingAtOnce_OnAFreshDatabase_CreateOneDefaultTemplateAndOneDemoCity()
    {
        // A fresh database: the template the test host's own start created is gone.
        await DbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM dialogue_template_versions; DELETE FROM dialogue_templates", Cancel));
        var startup = new DatabaseStartup(Migrate: false, SeedDemoCity: true, SeedDemoUsers: false, Administrator: null);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(
            async () =>
            {
                await using var scope = App.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(startup, Cancel);
            },
            Cancel)));

        Assert.Equal(1, await DbAsync(db => db.DialogueTemplates.CountAsync(t => t.IsDefault, Cancel)));
        Assert.Equal(1, await DbAsync(db => db.DialogueTemplates.CountAsync(Cancel)));
        Assert.Equal(1, await DbAsync(db => db.Units.CountAsync(u => u.Kind == UnitKind.City, Cancel)));
    }

    [Fact]
    public async Task Starting_ReleasesTheStartUpLock()
    {
        var startup = new DatabaseStartup(Migrate: false, SeedDemoCity: false, SeedDemoUsers: false, Administrator: null);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(startup, Cancel);
        }

        Assert.Equal(0, await DbAsync(db => db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_locks WHERE locktype = 'advisory'").SingleAsync(Cancel)));
    }
}
