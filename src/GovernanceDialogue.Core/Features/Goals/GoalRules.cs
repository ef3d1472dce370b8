using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Goals;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Goals;

internal static class GoalRules
{
    public static void Content<T>(
        this AbstractValidator<T> validator, Func<T, string?> title, Func<T, string?> why, Func<T, string?> owner, Func<T, string?> how,
        Func<T, IReadOnlyList<Guid>?> themes, Func<T, IReadOnlyList<Guid>?> evidence)
    {
        validator.RuleFor(x => title(x)).RequiredText(PrioritisedGoal.TitleMaxLength).OverridePropertyName("Title");
        validator.RuleFor(x => why(x)).RequiredText(PrioritisedGoal.TextMaxLength).OverridePropertyName("Why");
        validator.RuleFor(x => owner(x)).RequiredText(PrioritisedGoal.OwnerMaxLength).OverridePropertyName("Owner");
        validator.RuleFor(x => how(x)).RequiredText(PrioritisedGoal.TextMaxLength).OverridePropertyName("HowWeWillKnow");
        validator.RuleFor(x => themes(x)).Must(t => t is null || t.Count <= PrioritisedGoal.MaxThemes)
            .WithMessage($"Link at most {PrioritisedGoal.MaxThemes} themes.").OverridePropertyName("ThemeIds");
        validator.RuleFor(x => evidence(x)).Must(e => e is null || e.Count <= PrioritisedGoal.MaxEvidence)
            .WithMessage($"Point at most at {PrioritisedGoal.MaxEvidence} observations.").OverridePropertyName("EvidenceIds");
    }

    /// <summary>
    /// A goal's links must stay in its own world: themes of the current goal pictures of its own city and
    /// administrations (409 otherwise), and the analysis and observations of its own unit (400 otherwise).
    /// </summary>
    public static async Task CheckLinksAsync(
        AppDbContext db, Guid unitId, string unitPath, Guid? analysisId, IReadOnlyList<Guid> evidenceIds, IReadOnlyList<Guid> themeIds,
        CancellationToken cancellationToken)
    {
        if (themeIds.Count > 0)
        {
            var allowed = (await db.CurrentThemesAboveAsync(unitPath, cancellationToken)).Select(t => t.Id).ToHashSet();
            if (themeIds.FirstOrDefault(t => !allowed.Contains(t)) is var foreign && foreign != Guid.Empty)
            {
                throw new DomainRuleException(
                    DomainRules.GoalThemeInvalid, $"Theme {foreign} is not a theme of this unit's city or administration goal picture.");
            }
        }

        var failures = new List<ValidationFailure>();
        if (analysisId is { } analysis && !await db.Analyses.AnyAsync(a => a.Id == analysis && a.UnitId == unitId, cancellationToken))
        {
            failures.Add(new ValidationFailure("AnalysisId", "Point at an analysis of this unit."));
        }

        if (evidenceIds.Count > 0)
        {
            var known = await db.Observations.Where(o => evidenceIds.Contains(o.Id) && db.Analyses.Any(a => a.Id == o.AnalysisId && a.UnitId == unitId))
                .Select(o => o.Id).ToListAsync(cancellationToken);
            for (var i = 0; i < evidenceIds.Count; i++)
            {
                if (!known.Contains(evidenceIds[i]))
                {
                    failures.Add(new ValidationFailure($"EvidenceIds[{i}]", "Point at an observation of this unit's analyses."));
                }
            }
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    /// <summary>The cap that applies to the unit: its city's goal policy, or the default of 5.</summary>
    public static async Task<int> CapForAsync(AppDbContext db, string unitPath, CancellationToken cancellationToken)
    {
        var cityId = Guid.Parse(unitPath.Split('/', StringSplitOptions.RemoveEmptyEntries)[0]);
        return await db.GoalPolicies.Where(p => p.CityId == cityId).Select(p => (int?)p.Cap).SingleOrDefaultAsync(cancellationToken)
            ?? GoalSet.DefaultCap;
    }

    /// <summary>
    /// The unit's goal set for a period with all its goals, for a change, or null when it has none yet. The set's row
    /// stays locked until the command's transaction ends, so concurrent changes to one set queue up and each sees the
    /// one before it: of two people adding "the sixth goal" one succeeds and the other hears the cap is reached.
    /// </summary>
    public static async Task<GoalSet?> LockedGoalSetAsync(this AppDbContext db, Guid unitId, int period, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM goal_sets WHERE unit_id = {unitId} AND period = {period} FOR UPDATE", cancellationToken);
        return await db.GoalSets.Include(s => s.Goals).SingleOrDefaultAsync(s => s.UnitId == unitId && s.Period == period, cancellationToken);
    }

    /// <summary>
    /// The goal set a goal belongs to, locked as in <see cref="LockedGoalSetAsync"/>, for a change: 404 when the goal is
    /// not this unit's, 409 <c>unit-closed</c> when the unit has closed (its goals are then history).
    /// </summary>
    public static async Task<GoalSet> GoalSetOfGoalAsync(this AppDbContext db, Guid unitId, Guid goalId, DateOnly today, CancellationToken cancellationToken)
    {
        var setId = await db.Goals.Where(g => g.Id == goalId && g.UnitId == unitId).Select(g => (Guid?)g.GoalSetId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Goal", goalId);
        await db.EnsureUnitOpenAsync(unitId, today, cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM goal_sets WHERE id = {setId} FOR UPDATE", cancellationToken);
        return await db.GoalSets.Include(s => s.Goals).SingleAsync(s => s.Id == setId, cancellationToken);
    }
}
