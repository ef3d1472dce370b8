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

/// <summary>Builds the full dialogue DTO in a fixed handful of queries.</summary>
internal static class DialogueReader
{
    public static async Task<DialogueDto> ReadAsync(AppDbContext db, Authorizer authorizer, DateOnly today, Guid id, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new NotFoundException("Dialogue", id);
        var context = await (from c in db.Cycles
                             join u in db.Units on dialogue.UnitId equals u.Id
                             join v in db.TemplateVersions on dialogue.TemplateVersionId equals v.Id
                             join t in db.DialogueTemplates on v.TemplateId equals t.Id
                             where c.Id == dialogue.CycleId
                             select new { Cycle = c, Unit = new DialogueUnitInfo(u.Id, u.Name, u.ShortCode), u.Path, v.Questions, v.Number, TemplateId = t.Id, TemplateName = t.Name })
            .SingleAsync(cancellationToken);
        var followUpIds = dialogue.FollowUps.Select(f => f.AgreementId).ToList();
        var carried = await (from a in db.Agreements
                             from c in db.Cycles.Where(c => c.Id == a.CycleId).DefaultIfEmpty()
                             from k in db.Collaborations.Where(k => k.Id == a.CollaborationId).DefaultIfEmpty()
                             where followUpIds.Contains(a.Id)
                             select new { a.Id, a.Description, a.Side, a.Responsible, a.DueOn, a.Status, CycleName = c == null ? null : c.Name, CollaborationName = k == null ? null : k.Name })
            .ToListAsync(cancellationToken);
        var made = await db.Agreements.AsNoTracking().Where(a => a.DialogueId == id).OrderBy(a => a.CreatedAt).ProjectToDto(db, today).ToListAsync(cancellationToken);

        var cycle = context.Cycle;
        var answers = dialogue.Answers.ToDictionary(a => a.Key, a => a.Text);
        var notes = dialogue.FollowUps.ToDictionary(f => f.AgreementId, f => f.Note);
        var cycleOpen = cycle.Status == CycleStatus.Open;
        return new DialogueDto(
            dialogue.Id,
            new DialogueCycleInfo(cycle.Id, cycle.Name, cycle.Status, cycle.PhaseOn(today), cycle.OpensOn, cycle.PreparationDueOn, cycle.DialoguesFrom, cycle.DialoguesTo, cycle.ClosesOn),
            context.Unit,
            dialogue.Status,
            context.TemplateId,
            context.TemplateName,
            context.Number,
            context.Questions.Select(q => new DialogueQuestionDto(q.Key, q.Kind, q.Text, q.TextEnglish, q.Help, answers.GetValueOrDefault(q.Key))).ToList(),
            dialogue.Goals.OrderBy(g => g.Rank).Select(g => new DialogueGoalDto(g.GoalId, g.Title, g.Rank, g.Assessment, g.Narrative)).ToList(),
            carried.OrderBy(a => a.DueOn).Select(a => new DialogueFollowUpDto(a.Id, a.Description, a.Side, a.Responsible, a.DueOn, a.Status, a.CycleName, a.CollaborationName, notes.GetValueOrDefault(a.Id))).ToList(),
            made,
            dialogue.NotesUpdatedAt, dialogue.NotesUpdatedBy, dialogue.SubmittedAt, dialogue.SubmittedBy, dialogue.OverdueSince, dialogue.HeldOn, dialogue.Participants,
            dialogue.LeadershipResponse, dialogue.HeldAt, dialogue.HeldBy, dialogue.ClosedAt, dialogue.ClosedBy, dialogue.UnfinishedAtCycleClose, dialogue.ReopenCount,
            dialogue.LastReopenReason,
            new DialogueCapabilities(
                cycleOpen && dialogue.Status == DialogueStatus.Preparing && authorizer.Can(Permission.PrepareDialogue, context.Path),
                cycleOpen && authorizer.Can(Permission.LeadDialogue, context.Path),
                authorizer.Can(Permission.EditAgreements, context.Path)))
        {
            Version = dialogue.Version,
            Collaborations = await Collaborations.CollaborationProjection.ActiveForUnitAsync(db, dialogue.UnitId, today, cancellationToken),
        };
    }
}
