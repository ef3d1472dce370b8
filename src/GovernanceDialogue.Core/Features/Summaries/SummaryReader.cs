using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Summaries;

/// <summary>
/// Reads a summary as the caller may see it: everyone the latest published version, the executives of its scope
/// also the draft. A summary that was never published does not exist for anyone else (404). One query.
/// </summary>
public static class SummaryReader
{
    public static async Task<SummaryDto> ReadAsync(AppDbContext db, Authorizer authorizer, Guid id, CancellationToken cancellationToken)
    {
        var row = await (from s in db.Summaries.AsNoTracking()
                         join c in db.Cycles on s.CycleId equals c.Id
                         join u in db.Units on s.UnitId equals u.Id
                         where s.Id == id
                         select new
                         {
                             Summary = s,
                             CycleName = c.Name,
                             UnitName = u.Name,
                             u.Path,
                             Latest = db.SummaryVersions.FirstOrDefault(v => v.SummaryId == s.Id && v.Number == s.LatestVersion),
                         }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Summary", id);
        var summary = row.Summary;
        var readsDraft = authorizer.Can(Permission.ReadSummaryDrafts, row.Path);
        if (!readsDraft && row.Latest is null)
        {
            throw new NotFoundException("Summary", id);
        }

        var published = row.Latest is { } v ? SummaryVersionDto.Of(v, summary.CycleId, summary.UnitId, row.UnitName) : null;
        var draft = readsDraft
            ? new SummaryDraftDto(summary.Facts, summary.GeneratedAt, summary.Narrative, summary.Highlights, summary.Quotes, summary.EditedAt, summary.EditedBy)
            : null;
        return new SummaryDto(
            summary.Id, summary.CycleId, row.CycleName, summary.UnitId, row.UnitName, summary.LatestVersion, summary.ChangedSincePublished,
            draft, published, summary.Version);
    }
}
