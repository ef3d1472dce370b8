using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Cycles;

/// <summary>The yearly wheel of a city or an administration: its entries, with the dates they give this year and next.</summary>
public static class GetWheel
{
    /// <param name="UnitId">The city or administration; the first city when null (the all-zero id is a 400 on this field).</param>
    public sealed record Query(Guid? UnitId) : IQuery<WheelDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadWheel;

        ResourceScope IAuthorized.Scope => ResourceScope.Named(UnitId, ResourceScope.FirstCity);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        // The scope lets the all-zero id through (it names no unit), so without this the handler would not find it.
        public Validator() => RuleFor(q => q.UnitId).NotEqual(Guid.Empty).WithMessage("Give a unit's id, or none for the city's wheel.");
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, WheelDto>
    {
        public async ValueTask<WheelDto> Handle(Query query, CancellationToken cancellationToken)
        {
            var unit = query.UnitId is { } id
                ? await db.Units.AsNoTracking().SingleAsync(u => u.Id == id, cancellationToken)
                : await db.Units.AsNoTracking().OpenCitiesOldestFirst(clock.Today()).FirstAsync(cancellationToken);
            var wheel = await db.WheelSchedules.AsNoTracking().SingleOrDefaultAsync(w => w.ScopeUnitId == unit.Id, cancellationToken);
            return WheelDto.From(unit.Id, unit.Name, wheel, clock.Today().Year);
        }
    }
}

/// <summary>One entry of a wheel as the API shows it: the recurring dates, and the cycles they give this year and next.</summary>
public sealed record WheelEntryDto(
    string Key, string Name, MonthDay OpensOn, MonthDay PreparationDueOn, MonthDay DialoguesFrom, MonthDay DialoguesTo, MonthDay ClosesOn,
    Guid? TemplateId, IReadOnlyList<CycleDates> Upcoming);

/// <summary>A scope's yearly wheel. A scope without one has no entries (and no ETag: create it with <c>If-Match: *</c>).</summary>
public sealed record WheelDto(Guid ScopeUnitId, string ScopeName, IReadOnlyList<WheelEntryDto> Entries, DateTimeOffset? UpdatedAt, string? UpdatedBy)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public uint? Version { get; init; }

    internal static WheelDto From(Guid unitId, string unitName, WheelSchedule? wheel, int year) => new(
        unitId,
        unitName,
        wheel?.Entries.Select(e => new WheelEntryDto(
            e.Key, e.Name, e.OpensOn, e.PreparationDueOn, e.DialoguesFrom, e.DialoguesTo, e.ClosesOn, e.TemplateId,
            [e.DatesIn(year), e.DatesIn(year + 1)])).ToList() ?? [],
        wheel?.UpdatedAt,
        wheel?.UpdatedBy)
    { Version = wheel?.Version };
}
