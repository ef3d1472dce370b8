using System.Text.Json.Serialization;
using GovernanceDialogue.Core.Domain.Organisation;
using Riok.Mapperly.Abstractions;

namespace GovernanceDialogue.Core.Features.Units;

/// <summary>A unit of the organisation tree as the API and the pages see it.</summary>
/// <param name="Id">The unit's id.</param>
/// <param name="Kind">City, Administration (förvaltning) or Unit (enhet).</param>
/// <param name="Name">Display name.</param>
/// <param name="ShortCode">Short code, unique, upper case.</param>
/// <param name="ParentId">The parent unit; null for a city.</param>
/// <param name="ExternalId">Id in an external (HR) system, if any.</param>
/// <param name="ValidFrom">First day the unit exists.</param>
/// <param name="ValidTo">Day the unit closes; null while open-ended.</param>
/// <param name="Version">Concurrency token, sent as the ETag header.</param>
public sealed record UnitDto(
    Guid Id,
    UnitKind Kind,
    string Name,
    string ShortCode,
    Guid? ParentId,
    string? ExternalId,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    [property: JsonIgnore] uint Version);

/// <summary>A reference to a unit: enough to link to it.</summary>
public sealed record UnitRef(Guid Id, UnitKind Kind, string Name, string ShortCode);

[Mapper]
public static partial class UnitMapper
{
    [MapperIgnoreSource(nameof(OrganisationUnit.Path))]
    public static partial UnitDto ToDto(this OrganisationUnit unit);

    public static partial IQueryable<UnitDto> ProjectToDto(this IQueryable<OrganisationUnit> units);

}
