using System.Data.Common;
using System.Net;
using GovernanceDialogue.Benchmarks;
using GovernanceDialogue.Core.Persistence;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GovernanceDialogue.IntegrationTests.Platform;

/// <summary>
/// Query discipline (issue 8): the reads the load benchmark drives send as many SQL commands for a city ten times the
/// size, with three times the history, as for a small one: no query per unit, goal, dialogue, agreement or cycle. Both
/// cities come from the benchmark's own large-city generator (tests/GovernanceDialogue.Benchmarks), in small shapes.
/// This counts commands; it does not time them.
/// </summary>
public sealed class QueryCountTests : IntegrationTest
{
    private static readonly LargeCityShape Small = new() { Administrations = 1, UnitsPerAdministration = 3, SectionSize = 3, Years = 1 };

    private static readonly LargeCityShape Larger = new() { Administrations = 2, UnitsPerAdministration = 15, SectionSize = 5, Years = 3 };

    private readonly SqlCommandCounter commands = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(commands));

    [Fact]
    public async Task LoadBenchmarkReads_OnACityTenTimesLarger_SendAsManySqlCommands()
    {
        Assert.Equal(10 * Small.Units, Larger.Units);
        var small = await CountAsync(Small);
        var larger = await CountAsync(Larger);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(", ", small.Select(s => $"{s.Key}: {s.Value} (larger: {larger[s.Key]})")));

        Assert.Equal(Reads.Length, small.Count);
        Assert.All(small, s => Assert.True(s.Value > 0, $"{s.Key}: no SQL command was counted"));
        Assert.Equal(small, larger);
        Assert.All(Pinned, p => Assert.True(p.Value == small[p.Key], $"{p.Key}: {small[p.Key]} SQL commands, expected {p.Value}"));
    }

    /// <summary>
    /// Reads whose count is pinned as well: the unit record is the session's user with their roles (1), the gate's unit (1),
    /// the record's own statement (1) and the dialogue reader's 3; the public mission is one statement.
    /// </summary>
    private static readonly Dictionary<string, int> Pinned = new() { ["unit record"] = 6, ["public mission"] = 1 };

    /// <summary>The load benchmark's six reads (load.sh), each with how it is asked: as the executive, the read token or anonymously.</summary>
    private static readonly (string Name, Func<LargeCity, string> Path, Caller Caller)[] Reads =
    [
        ("unit record", c => $"/api/v1/units/{c.UnitId}/cycles/{c.LastClosedCycleId}/record", Caller.Executive),
        ("cycle dialogues", c => $"/api/v1/cycles/{c.OpenCycleId}/dialogues?unitId={c.AdministrationId}&page=1&pageSize=50", Caller.Token),
        ("public summary", c => $"/api/v1/public/summaries/{c.CitySummaryId}", Caller.Anonymous),
        ("search", c => $"/api/v1/search?q={Uri.EscapeDataString(LargeCityGenerator.SearchTerm)}", Caller.Token),
        ("public mission", c => $"/api/v1/public/missions/{c.UnitId}", Caller.Anonymous),
        ("line of sight", c => $"/api/v1/line-of-sight?unitId={c.AdministrationId}", Caller.Token),
    ];

    private enum Caller
    {
        Executive,
        Token,
        Anonymous,
    }

    /// <summary>Generates the city (replacing the last one), then counts each read's commands on its second request.</summary>
    private async Task<Dictionary<string, int>> CountAsync(LargeCityShape shape)
    {
        await using (var connection = new NpgsqlConnection(Database.ConnectionString))
        {
            await connection.OpenAsync(Cancel);
            await using var truncate = new NpgsqlCommand("TRUNCATE units, users CASCADE", connection);
            await truncate.ExecuteNonQueryAsync(Cancel);
        }

        var city = await new LargeCityGenerator(Database.ConnectionString, shape).GenerateAsync(Cancel);
        var executive = await DbAsync(db => db.Users.Where(u => u.Email == city.ExecutiveEmail).Select(u => u.Id).SingleAsync(Cancel));
        using var asExecutive = ClientAs(executive);
        using var asToken = TokenClient(city.TokenSecret);
        using var anonymous = NewClient();
        var counts = new Dictionary<string, int>();
        foreach (var (name, path, caller) in Reads)
        {
            var client = caller switch { Caller.Executive => asExecutive, Caller.Token => asToken, _ => anonymous };
            // The first request may do once-only work (a token's last use is recorded at most once a minute).
            var first = await client.GetAsync(path(city), Cancel);
            Assert.True(first.StatusCode == HttpStatusCode.OK, $"{name}: {(int)first.StatusCode} {await first.Content.ReadAsStringAsync(Cancel)}");
            commands.Reset();
            var second = await client.GetAsync(path(city), Cancel);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            counts[name] = commands.Count;
        }

        return counts;
    }
}
