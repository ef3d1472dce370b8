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
    /// A fixed number of queries whatever the record holds: one statement for the unit, the cycle's year and dialogue,
    /// the mission, the analysis, the goals and their themes (the gate has already read the unit's path), and the dialogue
    /// reader's own.
    /// </summary>
    public sealed class Handler(AppDbContext db, Authorizer authorizer, TimeProvider clock) : IQueryHandler<Query, UnitRecordDto>
    {
        public async ValueTask<UnitRecordDto> Handle(Query query, CancellationToken cancellationToken)
        {
            var path = authorizer.ResolvedPath(query.UnitId);
            var year = db.Cycles.Where(c => c.Id == query.CycleId).Select(c => c.Year);
            var mission = db.Missions.Where(m => m.UnitId == query.UnitId)
                .SelectMany(m => db.MissionVersions.Where(v => v.UnitId == m.UnitId && v.Number == m.PublishedVersionNumber))
                .ProjectToDto();
            // The same visibility as reading the analysis: drafts for its editors, completed ones for everyone else.
            var analysis = db.Analyses.Where(a => a.UnitId == query.UnitId && year.Contains(a.Period))
                .VisibleTo(authorizer.Can(Permission.EditAnalysis, path))
                .ProjectToDto();
            var goals = db.Goals.Where(g => g.UnitId == query.UnitId && year.Contains(g.Period));
            var goalsInOrder = goals.InDisplayOrder().ProjectToDto();
            var themes = db.CurrentPicturesAbove(path).SelectMany(p => p.Themes)
                .Where(t => goals.Any(g => g.ThemeIds.Contains(t.Id)))
                .OrderBy(t => t.Position).ThenBy(t => t.Name)
                .Select(t => new RecordThemeDto(t.Id, t.Name));
            var row = await (from u in db.Units.AsNoTracking()
                             where u.Id == query.UnitId
                             select new
                             {
                                 Unit = new RecordUnitDto(u.Id, u.Kind, u.Name, u.ShortCode, db.Units.Where(p => p.Id == u.ParentId).Select(p => p.Name).FirstOrDefault()),
                                 CycleYear = year.Select(y => (int?)y).FirstOrDefault(),
                                 DialogueId = db.Dialogues.Where(d => d.UnitId == u.Id && d.CycleId == query.CycleId).Select(d => (Guid?)d.Id).FirstOrDefault(),
                                 Mission = mission.FirstOrDefault(),
                                 Analysis = analysis.FirstOrDefault(),
                                 Goals = goalsInOrder.ToList(),
                                 Themes = themes.ToList(),
                             }).SingleAsync(cancellationToken);
            if (row.CycleYear is not { } period)
            {
                throw new NotFoundException("Cycle", query.CycleId);
            }

            if (row.DialogueId is not { } dialogueId)
            {
                throw new NotFoundException("Dialogue", $"{query.UnitId} in cycle {query.CycleId}");
            }

            var dialogue = await DialogueReader.ReadAsync(db, authorizer, clock.Today(), dialogueId, cancellationToken);
            return new UnitRecordDto(row.Unit, dialogue.Cycle, period, row.Mission, row.Analysis, row.Goals, row.Themes, dialogue, clock.GetUtcNow());
        }
    }
}
