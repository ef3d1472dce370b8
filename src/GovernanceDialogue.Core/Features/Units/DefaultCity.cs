using GovernanceDialogue.Core.Domain.Organisation;

namespace GovernanceDialogue.Core.Features.Units;

/// <summary>
/// "The city" when a request names none (the line of sight, the current goal picture, the yearly wheel): the oldest
/// city that is open today. A closed city is history and never the default, however old it is.
/// </summary>
public static class DefaultCity
{
    /// <summary>The open cities, the default first (earliest <c>ValidFrom</c>, then name).</summary>
    public static IQueryable<OrganisationUnit> OpenCitiesOldestFirst(this IQueryable<OrganisationUnit> units, DateOnly today) =>
        units.Where(u => u.Kind == UnitKind.City && u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo > today))
            .OrderBy(u => u.ValidFrom).ThenBy(u => u.Name).ThenBy(u => u.Id);
}
