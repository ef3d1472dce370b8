using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Dialogues;

/// <summary>One dialogue with its notes: for the unit's manager and the executives above it.</summary>
public static class GetDialogue
{
    public sealed record Query(Guid Id) : IQuery<DialogueDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadDialogue;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Dialogue>(Id, "Dialogue");
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer, TimeProvider clock) : IQueryHandler<Query, DialogueDto>
    {
        public async ValueTask<DialogueDto> Handle(Query query, CancellationToken cancellationToken) =>
            await DialogueReader.ReadAsync(db, authorizer, clock.Today(), query.Id, cancellationToken);
    }
}

/// <summary>
/// Builds the full dialogue DTO in three queries whatever it holds: the dialogue with its cycle, unit, template, goals and
/// followed-up agreements in one statement, then the agreements made in it and the unit's collaborations.
/// </summary>
internal static class DialogueReader
{
    public static async Task<DialogueDto> ReadAsync(AppDbContext db, Authorizer authorizer, DateOnly today, Guid id, CancellationToken cancellationToken)
    {
        var row = await (from d in db.Dialogues.AsNoTracking()
                         where d.Id == id
                         join c in db.Cycles on d.CycleId equals c.Id
                         join u in db.Units on d.UnitId equals u.Id
                         join v in db.TemplateVersions on d.TemplateVersionId equals v.Id
                         join t in db.DialogueTemplates on v.TemplateId equals t.Id
                         select new
                         {
                             d.Id,
                             d.UnitId,
                             d.Status,
                             d.Answers,
                             d.NotesUpdatedAt,
                             d.NotesUpdatedBy,
                             d.SubmittedAt,
                             d.SubmittedBy,
                             d.OverdueSince,
                             d.HeldOn,
                             d.Participants,
                             d.LeadershipResponse,
                             d.HeldAt,
                             d.HeldBy,
                             d.ClosedAt,
                             d.ClosedBy,
                             d.UnfinishedAtCycleClose,
                             d.ReopenCount,
                             d.LastReopenReason,
                             d.Version,
                             Cycle = c,
                             Unit = new DialogueUnitInfo(u.Id, u.Name, u.ShortCode),
                             u.Path,
                             v.Questions,
                             v.Number,
                             TemplateId = t.Id,
                             TemplateName = t.Name,
                             Goals = d.Goals.OrderBy(g => g.Rank).Select(g => new DialogueGoalDto(g.GoalId, g.Title, g.Rank, g.Assessment, g.Narrative)).ToList(),
                             FollowUps = (from f in d.FollowUps
                                          join a in db.Agreements on f.AgreementId equals a.Id
                                          from made in db.Cycles.Where(made => made.Id == a.CycleId).DefaultIfEmpty()
                                          from k in db.Collaborations.Where(k => k.Id == a.CollaborationId).DefaultIfEmpty()
                                          orderby a.DueOn, a.Id
                                          select new DialogueFollowUpDto(
                                              a.Id, a.Description, a.Side, a.Responsible, a.DueOn, a.Status, made == null ? null : made.Name,
                                              k == null ? null : k.Name, f.Note)).ToList(),
                         }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Dialogue", id);
        var agreements = await db.Agreements.AsNoTracking().Where(a => a.DialogueId == id).OrderBy(a => a.CreatedAt).ProjectToDto(db, today).ToListAsync(cancellationToken);

        var cycle = row.Cycle;
        var answers = row.Answers.ToDictionary(a => a.Key, a => a.Text);
        var cycleOpen = cycle.Status == CycleStatus.Open;
        return new DialogueDto(
            row.Id,
            new DialogueCycleInfo(cycle.Id, cycle.Name, cycle.Status, cycle.PhaseOn(today), cycle.OpensOn, cycle.PreparationDueOn, cycle.DialoguesFrom, cycle.DialoguesTo, cycle.ClosesOn),
            row.Unit,
            row.Status,
            row.TemplateId,
            row.TemplateName,
            row.Number,
            row.Questions.Select(q => new DialogueQuestionDto(q.Key, q.Kind, q.Text, q.TextEnglish, q.Help, answers.GetValueOrDefault(q.Key))).ToList(),
            row.Goals,
            row.FollowUps,
            agreements,
            row.NotesUpdatedAt, row.NotesUpdatedBy, row.SubmittedAt, row.SubmittedBy, row.OverdueSince, row.HeldOn, row.Participants,
            row.LeadershipResponse, row.HeldAt, row.HeldBy, row.ClosedAt, row.ClosedBy, row.UnfinishedAtCycleClose, row.ReopenCount,
            row.LastReopenReason,
            new DialogueCapabilities(
                cycleOpen && row.Status == DialogueStatus.Preparing && authorizer.Can(Permission.PrepareDialogue, row.Path),
                cycleOpen && authorizer.Can(Permission.LeadDialogue, row.Path),
                authorizer.Can(Permission.EditAgreements, row.Path)))
        {
            Version = row.Version,
            Collaborations = await Collaborations.CollaborationProjection.ActiveForUnitAsync(db, row.UnitId, today, cancellationToken),
        };
    }
}
