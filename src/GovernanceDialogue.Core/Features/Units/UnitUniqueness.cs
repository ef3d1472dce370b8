using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Units;

/// <summary>
/// Checks that a short code and an external id are free before writing, for a clear 409; the unique indexes behind
/// them (see <see cref="ConstraintRules"/>) answer the same way when two writers race.
/// </summary>
internal static class UnitUniqueness
{
    public static async Task EnsureFreeAsync(
        AppDbContext db, Guid? self, string shortCode, string? externalId, CancellationToken cancellationToken)
    {
        var code = OrganisationUnit.NormaliseCode(shortCode);
        if (await db.Units.AnyAsync(u => u.ShortCode == code && u.Id != self, cancellationToken))
        {
            throw new DomainRuleException(DomainRules.UnitShortCodeTaken, $"Another unit already uses the short code '{code}'.");
        }

        var external = externalId?.Trim();
        if (!string.IsNullOrEmpty(external) && await db.Units.AnyAsync(u => u.ExternalId == external && u.Id != self, cancellationToken))
        {
            throw new DomainRuleException(DomainRules.UnitExternalIdTaken, $"Another unit already uses the external id '{external}'.");
        }
    }
}
