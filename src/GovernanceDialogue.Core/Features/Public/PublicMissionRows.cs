using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Public;

/// <summary>
/// The current published mission of every open unit, shared by the public mission slices: one statement reads the
/// missions with the names of the units above them (found through the ids on the materialised paths), whatever the
/// number of rows.
/// </summary>
internal static class PublicMissionRows
{
    /// <summary>
    /// Published missions of units open today, filtered by name or short code, by subtree and to one unit, ordered by
    /// unit name.
    /// </summary>
    public static async Task<IQueryable<PublicMissionDto>> QueryAsync(
        AppDbContext db, TimeProvider clock, string? search, Guid? under, Guid? unitId, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var units = db.Units.AsNoTracking().Where(u => u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo > today));
        if (unitId is { } only)
        {
            units = units.Where(u => u.Id == only);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + EscapeLike(search.Trim()) + "%";
            units = units.Where(u => EF.Functions.ILike(u.Name, pattern) || EF.Functions.ILike(u.ShortCode, pattern));
        }

        if (under is { } root)
        {
            var rootPath = await db.Units.Where(u => u.Id == root).Select(u => u.Path).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Unit", root);
            units = units.Where(u => EF.Functions.Like(u.Path, EscapeLike(rootPath) + "%"));
        }

        return from u in units
               join m in db.Missions on u.Id equals m.UnitId
               join v in db.MissionVersions on new { m.UnitId, Number = m.PublishedVersionNumber } equals new { v.UnitId, v.Number }
               orderby u.Name, u.Id
               select new PublicMissionDto(
                   u.Id, u.Name, u.ShortCode, u.Kind, u.ParentId,
                   // The path lists the units above from the city down, so its order is theirs.
                   db.Units.Where(a => UnitLine.Holds(u.Path, a.Id) && a.Id != u.Id).OrderBy(a => a.Path)
                       .Select(a => new PublicUnitRefDto(a.Id, a.Name)).ToList(),
                   v.Number, v.PlainLanguageSummary, v.AssignmentText, v.TargetGroups, v.Basis, v.PublishedAt);
    }

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
