using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Features.Analyses;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Goals;
using GovernanceDialogue.Core.Features.Missions;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Records;

/// <summary>
/// A unit's complete record of one dialogue cycle, for the archive: its published mission, the analysis and the
/// prioritised goals of the cycle's year, and the dialogue with its answers, goal assessments, follow-ups, meeting and
/// agreements (with their notes). Whoever may read the dialogue may read the record.
/// </summary>
public static class GetUnitRecord
{
    public sealed record Query(Guid UnitId, Guid CycleId) : IQuery<UnitRecordDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadDialogue;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.UnitId).NotEmpty();
            RuleFor(q => q.CycleId).NotEmpty();
        }
    }

    /// <summary>
    /// A fixed number of queries whatever the record holds: the unit with the cycle's dialogue, the mission, the
    /// analysis, the goals, the themes, and the dialogue reader's own handful.
    /// </summary>
    public sealed class Handler(AppDbContext db, Authorizer authorizer, TimeProvider clock) : IQueryHandler<Query, UnitRecordDto>
    {
        public async ValueTask<UnitRecordDto> Handle(Query query, CancellationToken cancellationToken)
        {
            var row = await (from u in db.Units.AsNoTracking()
                             where u.Id == query.UnitId
                             select new
                             {
                                 Unit = new RecordUnitDto(u.Id, u.Kind, u.Name, u.ShortCode, db.Units.Where(p => p.Id == u.ParentId).Select(p => p.Name).FirstOrDefault()),
                                 u.Path,
                                 CycleYear = db.Cycles.Where(c => c.Id == query.CycleId).Select(c => (int?)c.Year).FirstOrDefault(),
                                 DialogueId = db.Dialogues.Where(d => d.UnitId == u.Id && d.CycleId == query.CycleId).Select(d => (Guid?)d.Id).FirstOrDefault(),
                             }).SingleAsync(cancellationToken);
            if (row.CycleYear is not { } period)
            {
                throw new NotFoundException("Cycle", query.CycleId);
            }

            if (row.DialogueId is not { } dialogueId)
            {
                throw new NotFoundException("Dialogue", $"{query.UnitId} in cycle {query.CycleId}");
            }

            var today = clock.Today();
            var mission = await db.Missions.AsNoTracking().Where(m => m.UnitId == query.UnitId)
                .SelectMany(m => db.MissionVersions.Where(v => v.UnitId == m.UnitId && v.Number == m.PublishedVersionNumber))
                .ProjectToDto().SingleOrDefaultAsync(cancellationToken);
            // The same visibility as reading the analysis: drafts for its editors, completed ones for everyone else.
            var analysis = await db.Analyses.AsNoTracking().Where(a => a.UnitId == query.UnitId && a.Period == period)
                .VisibleTo(authorizer.Can(Permission.EditAnalysis, row.Path))
                .ProjectToDto().SingleOrDefaultAsync(cancellationToken);
            var goals = await db.Goals.AsNoTracking().Where(g => g.UnitId == query.UnitId && g.Period == period)
                .InDisplayOrder().ProjectToDto().ToListAsync(cancellationToken);
            var used = goals.SelectMany(g => g.ThemeIds).ToHashSet();
            var themes = used.Count == 0
                ? []
                : (await db.CurrentThemesAboveAsync(row.Path, cancellationToken)).Where(t => used.Contains(t.Id))
                    .Select(t => new RecordThemeDto(t.Id, t.Name)).ToList();
            var dialogue = await DialogueReader.ReadAsync(db, authorizer, today, dialogueId, cancellationToken);

            return new UnitRecordDto(row.Unit, dialogue.Cycle, period, mission, analysis, goals, themes, dialogue, clock.GetUtcNow());
        }
    }
}
