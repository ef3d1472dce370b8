using FluentValidation;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Agreements;

public sealed record AgreementNoteDto(Guid Id, DateTimeOffset At, string By, string Text, Guid? DialogueId);

/// <summary>
/// An agreement with where it was made (a dialogue and its cycle, or a collaboration), who it binds and how it has been
/// followed up.
/// </summary>
public sealed record AgreementDto(
    Guid Id, Guid UnitId, string UnitName, Guid? DialogueId, Guid? CycleId, string? CycleName, Guid? CollaborationId, string? CollaborationName,
    string Description, AgreementSide Side, string Responsible, DateOnly DueOn, AgreementStatus Status, bool Overdue, string? DropReason,
    IReadOnlyList<AgreementNoteDto> Notes, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? ClosedAt, string? ClosedBy)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public uint Version { get; init; }
}

internal static class AgreementProjection
{
    /// <summary>Agreements as DTOs with their unit's name and their cycle's or collaboration's, in one query.</summary>
    public static IQueryable<AgreementDto> ProjectToDto(this IQueryable<Agreement> agreements, AppDbContext db, DateOnly today) =>
        from a in agreements
        join u in db.Units on a.UnitId equals u.Id
        from c in db.Cycles.Where(c => c.Id == a.CycleId).DefaultIfEmpty()
        from k in db.Collaborations.Where(k => k.Id == a.CollaborationId).DefaultIfEmpty()
        select new AgreementDto(
            a.Id, a.UnitId, u.Name, a.DialogueId, a.CycleId, c == null ? null : c.Name, a.CollaborationId, k == null ? null : k.Name,
            a.Description, a.Side, a.Responsible, a.DueOn, a.Status,
            a.Status == AgreementStatus.Open && a.DueOn < today, a.DropReason,
            a.Notes.OrderBy(n => n.At).Select(n => new AgreementNoteDto(n.Id, n.At, n.By, n.Text, n.DialogueId)).ToList(),
            a.CreatedAt, a.CreatedBy, a.ClosedAt, a.ClosedBy)
        { Version = a.Version };

    public static async Task<AgreementDto> LoadDtoAsync(AppDbContext db, Guid id, DateOnly today, CancellationToken cancellationToken) =>
        await db.Agreements.AsNoTracking().Where(a => a.Id == id).ProjectToDto(db, today).SingleAsync(cancellationToken);
}

/// <summary>The fields of an agreement as a request gives them.</summary>
public sealed record AgreementInput(string Description, AgreementSide? Side, string Responsible, DateOnly? DueOn);

internal static class AgreementRules
{
    public static void Content<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, AgreementInput>> input)
    {
        validator.RuleFor(input).NotNull().ChildRules(a =>
        {
            a.RuleFor(x => x.Description).NotEmpty().Must(t => !string.IsNullOrWhiteSpace(t)).MaximumLength(Agreement.DescriptionMaxLength);
            a.RuleFor(x => x.Side).NotNull().IsInEnum();
            a.RuleFor(x => x.Responsible).NotEmpty().Must(t => !string.IsNullOrWhiteSpace(t)).MaximumLength(Agreement.ResponsibleMaxLength);
            a.RuleFor(x => x.DueOn).NotNull();
        });
    }
}
