using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Collaborations;
using GovernanceDialogue.Core.Domain.Goals;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Collaborations;

/// <summary>A unit taking part in a collaboration.</summary>
public sealed record CollaborationUnitDto(Guid Id, string Name);

/// <summary>A prioritised goal the collaboration serves, with its unit and period.</summary>
public sealed record CollaborationGoalDto(Guid Id, string Title, Guid UnitId, string UnitName, int Period, GoalStatus Status);

/// <summary>A step on the ladder: from where (null when the collaboration started), to where, why, and how trust stood.</summary>
public sealed record StageChangeDto(Guid Id, LadderStage? From, LadderStage To, string? Reflection, IReadOnlyList<TrustReflection> Trust, DateTimeOffset At, string By)
{
    /// <summary>The step's number on Glasbergen's ladder (1–5).</summary>
    public int Step => (int)To;
}

/// <summary>A collaboration in a list or a dialogue's preparation: who takes part and where it is on the ladder.</summary>
public sealed record CollaborationSummaryDto(
    Guid Id, string Name, Guid LeadUnitId, string LeadUnitName, IReadOnlyList<CollaborationUnitDto> Units, IReadOnlyList<CollaborationPartner> Partners,
    LadderStage Stage, DateOnly StartedOn, DateOnly? EndedOn, bool Active)
{
    /// <summary>The stage's number on Glasbergen's ladder (1–5).</summary>
    public int Step => (int)Stage;
}

/// <summary>A collaboration with its purpose, goals and the history of its stage on Glasbergen's ladder (oldest first).</summary>
public sealed record CollaborationDto(
    Guid Id, string Name, string Purpose, Guid LeadUnitId, string LeadUnitName, IReadOnlyList<CollaborationUnitDto> Units,
    IReadOnlyList<CollaborationPartner> Partners, IReadOnlyList<CollaborationGoalDto> Goals, LadderStage Stage, DateOnly StartedOn, DateOnly? EndedOn,
    bool Active, IReadOnlyList<StageChangeDto> History, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? UpdatedAt, string? UpdatedBy)
{
    /// <summary>The stage's number on Glasbergen's ladder (1–5).</summary>
    public int Step => (int)Stage;

    [System.Text.Json.Serialization.JsonIgnore]
    public uint Version { get; init; }
}

/// <summary>An external partner as a request gives it.</summary>
public sealed record PartnerInput(string Name, PartnerSector? Sector);

/// <summary>One aspect of trust as a request gives it.</summary>
public sealed record TrustInput(TrustAspect? Aspect, TrustLevel? Level, string? Note);

/// <summary>The fields of a collaboration as a request gives them (flat, so errors name the fields the client sent).</summary>
public interface ICollaborationFields
{
    string Name { get; }

    string Purpose { get; }

    IReadOnlyList<Guid>? UnitIds { get; }

    IReadOnlyList<PartnerInput>? Partners { get; }

    IReadOnlyList<Guid>? GoalIds { get; }

    DateOnly? StartedOn { get; }

    DateOnly? EndedOn { get; }
}

internal static class CollaborationRules
{
    public static CollaborationContent ToContent(this ICollaborationFields f) =>
        new(f.Name, f.Purpose, f.UnitIds ?? [], (f.Partners ?? []).Select(p => new CollaborationPartner(p.Name, p.Sector!.Value)).ToList(), f.GoalIds ?? [],
            f.StartedOn!.Value, f.EndedOn);

    public static void Content<T>(this AbstractValidator<T> v)
        where T : ICollaborationFields
    {
        v.RuleFor(x => x.Name).RequiredText(Collaboration.NameMaxLength);
        v.RuleFor(x => x.Purpose).RequiredText(Collaboration.PurposeMaxLength);
        v.RuleFor(x => x.UnitIds).NotEmpty().WithMessage("A collaboration has at least one participating unit.")
            .Must(u => u is null || u.Count <= Collaboration.MaxUnits).WithMessage($"At most {Collaboration.MaxUnits} units.");
        v.RuleForEach(x => x.UnitIds).NotEmpty();
        v.RuleFor(x => x.Partners).Must(p => p is null || p.Count <= Collaboration.MaxPartners).WithMessage($"At most {Collaboration.MaxPartners} partners.");
        v.RuleForEach(x => x.Partners).NotNull().ChildRules(p =>
        {
            p.RuleFor(x => x.Name).RequiredText(CollaborationPartner.NameMaxLength);
            p.RuleFor(x => x.Sector).NotNull().IsInEnum();
        });
        v.RuleFor(x => x.GoalIds).Must(g => g is null || g.Count <= Collaboration.MaxGoals).WithMessage($"At most {Collaboration.MaxGoals} goals.");
        v.RuleForEach(x => x.GoalIds).NotEmpty();
        v.RuleFor(x => x.StartedOn).NotNull();
        v.RuleFor(x => x.EndedOn).Must((x, ended) => ended is null || x.StartedOn is null || ended >= x.StartedOn)
            .WithMessage("A collaboration ends on or after the day it started.");
    }

    public static List<TrustReflection> ToReflections(this IReadOnlyList<TrustInput>? trust) =>
        (trust ?? []).Select(t => new TrustReflection(t.Aspect!.Value, t.Level!.Value, t.Note)).ToList();

    /// <summary>
    /// The units must exist and include the lead unit; the goals must be prioritised goals of the participating units
    /// (else 400 on the field).
    /// </summary>
    public static async Task EnsureReferencesAsync(AppDbContext db, Guid leadUnitId, CollaborationContent content, string leadField, CancellationToken cancellationToken)
    {
        var unitIds = content.UnitIds.Distinct().ToList();
        var failures = new List<ValidationFailure>();
        if (!unitIds.Contains(leadUnitId))
        {
            failures.Add(new ValidationFailure(leadField, "The lead unit must be one of the collaboration's units."));
        }

        var found = await db.Units.Where(u => unitIds.Contains(u.Id)).CountAsync(cancellationToken);
        if (found != unitIds.Count)
        {
            failures.Add(new ValidationFailure(nameof(ICollaborationFields.UnitIds), "No such unit."));
        }

        var goalIds = content.GoalIds.Distinct().ToList();
        if (goalIds.Count > 0 && await db.Goals.CountAsync(g => goalIds.Contains(g.Id) && unitIds.Contains(g.UnitId), cancellationToken) != goalIds.Count)
        {
            failures.Add(new ValidationFailure(nameof(ICollaborationFields.GoalIds), "Each goal must be a prioritised goal of one of the collaboration's units."));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }
}

internal static class CollaborationProjection
{
    public static IQueryable<CollaborationSummaryDto> ProjectToSummary(this IQueryable<Collaboration> collaborations, AppDbContext db, DateOnly today) =>
        from c in collaborations
        join lead in db.Units on c.LeadUnitId equals lead.Id
        select new CollaborationSummaryDto(
            c.Id, c.Name, c.LeadUnitId, lead.Name,
            (from cu in c.Units join u in db.Units on cu.UnitId equals u.Id orderby u.Name select new CollaborationUnitDto(u.Id, u.Name)).ToList(),
            c.Partners, c.Stage, c.StartedOn, c.EndedOn, c.EndedOn == null || c.EndedOn > today);

    public static IQueryable<CollaborationDto> ProjectToDto(this IQueryable<Collaboration> collaborations, AppDbContext db, DateOnly today) =>
        from c in collaborations
        join lead in db.Units on c.LeadUnitId equals lead.Id
        select new CollaborationDto(
            c.Id, c.Name, c.Purpose, c.LeadUnitId, lead.Name,
            (from cu in c.Units join u in db.Units on cu.UnitId equals u.Id orderby u.Name select new CollaborationUnitDto(u.Id, u.Name)).ToList(),
            c.Partners,
            (from cg in c.Goals
             join g in db.Goals on cg.GoalId equals g.Id
             join u in db.Units on g.UnitId equals u.Id
             orderby u.Name, g.Period, g.Rank
             select new CollaborationGoalDto(g.Id, g.Title, g.UnitId, u.Name, g.Period, g.Status)).ToList(),
            c.Stage, c.StartedOn, c.EndedOn, c.EndedOn == null || c.EndedOn > today,
            c.History.OrderBy(h => h.At).Select(h => new StageChangeDto(h.Id, h.From, h.To, h.Reflection, h.Trust, h.At, h.By)).ToList(),
            c.CreatedAt, c.CreatedBy, c.UpdatedAt, c.UpdatedBy)
        { Version = c.Version };

    public static async Task<CollaborationDto> LoadDtoAsync(AppDbContext db, Guid id, DateOnly today, CancellationToken cancellationToken) =>
        await db.Collaborations.AsNoTracking().Where(c => c.Id == id).ProjectToDto(db, today).SingleAsync(cancellationToken);

    /// <summary>The active collaborations a unit takes part in, for its dialogue preparation.</summary>
    public static async Task<IReadOnlyList<CollaborationSummaryDto>> ActiveForUnitAsync(AppDbContext db, Guid unitId, DateOnly today, CancellationToken cancellationToken) =>
        await db.Collaborations.AsNoTracking()
            .Where(c => c.Units.Any(u => u.UnitId == unitId) && (c.EndedOn == null || c.EndedOn > today))
            .OrderBy(c => c.Name).ProjectToSummary(db, today).ToListAsync(cancellationToken);
}
