using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Cycles;

/// <summary>Rules shared by the cycle and wheel use cases.</summary>
internal static class CycleRules
{
    /// <summary>Cycles and wheels belong to a city or an administration.</summary>
    public static void EnsureScope(OrganisationUnit unit)
    {
        if (unit.Kind == UnitKind.Unit)
        {
            throw new DomainRuleException(DomainRules.CycleScope, $"'{unit.Name}' is a unit; dialogue cycles belong to the city or an administration.");
        }
    }

    /// <summary>
    /// A unit has one dialogue at a time: no cycle that is not closed may cover the same units (its scope is the same,
    /// above or below) in an overlapping window.
    /// </summary>
    public static async Task EnsureNoOverlapAsync(AppDbContext db, string scopePath, CycleDates dates, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (await FindOverlapAsync(db, scopePath, dates, exceptId, cancellationToken) is { } other)
        {
            throw new DomainRuleException(
                DomainRules.CycleOverlaps,
                $"The cycle '{other.Name}' ({other.OpensOn:yyyy-MM-dd} – {other.ClosesOn:yyyy-MM-dd}) covers the same units in an overlapping window.");
        }
    }

    public static Task<DialogueCycle?> FindOverlapAsync(AppDbContext db, string scopePath, CycleDates dates, Guid? exceptId, CancellationToken cancellationToken) =>
        (from c in db.Cycles
         join s in db.Units on c.ScopeUnitId equals s.Id
         where c.Status != CycleStatus.Closed && c.Id != exceptId
               && (scopePath.StartsWith(s.Path) || s.Path.StartsWith(scopePath))
               && c.OpensOn < dates.ClosesOn && dates.OpensOn < c.ClosesOn
         orderby c.OpensOn
         select c).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The template a cycle uses: the one named, or the default.</summary>
    public static async Task<DialogueTemplate> TemplateAsync(AppDbContext db, Guid? templateId, string field, CancellationToken cancellationToken)
    {
        var template = templateId is { } id
            ? await db.DialogueTemplates.SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            : await db.DialogueTemplates.SingleOrDefaultAsync(t => t.IsDefault, cancellationToken);
        return template ?? throw new FluentValidation.ValidationException(
            [new FluentValidation.Results.ValidationFailure(field, templateId is null ? "There is no default dialogue template." : "No such dialogue template.")]);
    }
}
