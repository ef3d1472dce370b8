using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Users;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GovernanceDialogue.Core.Demo;

/// <summary>
/// One demo user per role, and a demo integrator token, for Development only: their passwords are public (printed
/// at start-up and in README), so the web host never runs this outside Development.
/// </summary>
public sealed class DemoUsersSeeder(
    AppDbContext db, ISender sender, CurrentUser currentUser, AuditTrail audit, TimeProvider clock, ILogger<DemoUsersSeeder> logger)
{
    public const string Password = "Solvik-demo-2026";
    public const string TokenSecret = "gd_demo-integrator-token-for-solvik-development-only";

    /// <summary>E-mail, name, role and the short code of the unit the role is held for (null: global).</summary>
    public static readonly IReadOnlyList<(string Email, string Name, Role Role, string? UnitCode)> Users =
    [
        ("admin@solvik.example", "Alva Admin", Role.Administrator, null),
        ("stadsdirektor@solvik.example", "Sara Stadsdirektör", Role.Executive, "SOLVIK"),
        ("forvaltningschef@solvik.example", "Fredrik Förvaltningschef", Role.Executive, "SKOF"),
        ("enhetschef@solvik.example", "Elin Enhetschef", Role.UnitManager, "SKOF-SOLB"),
        ("politiker@solvik.example", "Per Politiker", Role.Politician, "SOLVIK"),
    ];

    public async Task SeedIfMissingAsync(CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(cancellationToken) || !await db.Units.AnyAsync(cancellationToken))
        {
            return;
        }

        currentUser.SetSystem();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var units = await db.Units.Where(u => u.ParentId == null || u.Kind != Domain.Organisation.UnitKind.City)
            .ToDictionaryAsync(u => u.ShortCode, u => u.Id, cancellationToken);
        foreach (var (email, name, role, code) in Users)
        {
            var user = await sender.Send(new CreateUser.Command(email, name, Password), cancellationToken);
            await sender.Send(new AddRoleAssignment.Command(user.User.Id, role, code is null ? null : units[code]), cancellationToken);
        }

        var now = clock.GetUtcNow();
        var (token, _) = ApiToken.Issue(
            Guid.CreateVersion7(now), "Demo: HR-systemet", TokenScopes.Read | TokenScopes.Write, units["SOLVIK"], now.AddDays(365), now,
            CurrentUser.SystemName, TokenSecret);
        db.ApiTokens.Add(token);
        using (audit.Attributing("SeedDemoToken"))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded {Count} demo users and a demo integrator token", Users.Count);
    }
}
