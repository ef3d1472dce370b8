using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Public;

/// <summary>
/// The current published mission of every open unit, shared by the public mission slices: one query for the rows and
/// one for the names of the units above them (read from the materialised paths), whatever the number of rows.
/// </summary>
internal static class PublicMissionRows
{
    internal sealed record Row(
        Guid UnitId, string UnitName, string ShortCode, UnitKind Kind, Guid? ParentId, string Path, int Number,
        string PlainLanguageSummary, string AssignmentText, List<string> TargetGroups, string? Basis, DateTimeOffset PublishedAt);

    /// <summary>
    /// Published missions of units open today, filtered by name or short code, by subtree and to one unit, ordered by
    /// unit name.
    /// </summary>
    public static async Task<IQueryable<Row>> QueryAsync(
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
               select new Row(u.Id, u.Name, u.ShortCode, u.Kind, u.ParentId, u.Path, v.Number, v.PlainLanguageSummary, v.AssignmentText, v.TargetGroups, v.Basis, v.PublishedAt);
    }

    /// <summary>Turns rows into DTOs with the names of the units above them, read in one query.</summary>
    public static async Task<IReadOnlyList<PublicMissionDto>> ToDtosAsync(AppDbContext db, IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        var ancestorsOf = rows.ToDictionary(r => r.UnitId, r => AncestorIds(r.Path, r.UnitId));
        var ids = ancestorsOf.Values.SelectMany(a => a).Distinct().ToList();
        var names = ids.Count == 0
            ? []
            : await db.Units.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        return rows.Select(r => new PublicMissionDto(
                r.UnitId, r.UnitName, r.ShortCode, r.Kind, r.ParentId,
                ancestorsOf[r.UnitId].Where(names.ContainsKey).Select(id => new PublicUnitRefDto(id, names[id])).ToList(),
                r.Number, r.PlainLanguageSummary, r.AssignmentText, r.TargetGroups, r.Basis, r.PublishedAt))
            .ToList();
    }

    private static List<Guid> AncestorIds(string path, Guid self) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).Where(id => id != self).ToList();

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
