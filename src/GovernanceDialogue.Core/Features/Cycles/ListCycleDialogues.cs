using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Cycles;

/// <summary>A line of a cycle's dialogue list: the unit, where its dialogue is, how far its goals are assessed. No notes.</summary>
public sealed record DialogueSummaryDto(
    Guid Id, Guid CycleId, Guid UnitId, string UnitName, string UnitShortCode, string? ParentName, DialogueStatus Status, DateOnly? OverdueSince,
    DateTimeOffset? SubmittedAt, DateOnly? HeldOn, bool UnfinishedAtCycleClose);

/// <summary>The dialogues of a cycle in a part of the organisation (by default the cycle's scope), by unit name; paged.</summary>
public static class ListCycleDialogues
{
    public sealed record Query(Guid CycleId, Guid? UnitId = null, DialogueStatus? Status = null, bool? Overdue = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<PagedList<DialogueSummaryDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadCycleProgress;

        ResourceScope IAuthorized.Scope => UnitId is { } unitId
            ? ResourceScope.Units(unitId)
            : ResourceScope.UnitOf<DialogueCycle>(CycleId, "Cycle", nameof(DialogueCycle.ScopeUnitId));
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Status).IsInEnum();
            this.ValidatePaging(q => q.Page, q => q.PageSize);
        }
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, PagedList<DialogueSummaryDto>>
    {
        public async ValueTask<PagedList<DialogueSummaryDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var partPath = await (from c in db.Cycles
                                  join u in db.Units on query.UnitId ?? c.ScopeUnitId equals u.Id
                                  where c.Id == query.CycleId
                                  select u.Path).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Cycle", query.CycleId);
            var dialogues = from d in db.Dialogues.AsNoTracking()
                            join u in db.Units on d.UnitId equals u.Id
                            join p in db.Units on u.ParentId equals p.Id into parents
                            from p in parents.DefaultIfEmpty()
                            where d.CycleId == query.CycleId && u.Path.StartsWith(partPath)
                            select new { d, u, ParentName = p == null ? null : p.Name };
            if (query.Status is { } status)
            {
                dialogues = dialogues.Where(x => x.d.Status == status);
            }

            if (query.Overdue is { } overdue)
            {
                dialogues = dialogues.Where(x => (x.d.OverdueSince != null && x.d.Status == DialogueStatus.Preparing) == overdue);
            }

            return await dialogues.OrderBy(x => x.u.Name).ThenBy(x => x.u.ShortCode)
                .Select(x => new DialogueSummaryDto(
                    x.d.Id, x.d.CycleId, x.u.Id, x.u.Name, x.u.ShortCode, x.ParentName, x.d.Status, x.d.OverdueSince, x.d.SubmittedAt, x.d.HeldOn,
                    x.d.UnfinishedAtCycleClose))
                .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        }
    }
}
