using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Summaries;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Summaries;

/// <summary>
/// The submitted dialogue answers of a summary's cycle and scope that its executive may quote, by unit; optionally
/// one question only. Executives of the scope only: these are the notes themselves.
/// </summary>
public static class ListQuotableAnswers
{
    public sealed record Query(Guid SummaryId, string? QuestionKey = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<PagedList<QuotableAnswerDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadSummaryDrafts;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Summary>(SummaryId, "Summary");
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.QuestionKey).MaximumLength(100);
            this.ValidatePaging(q => q.Page, q => q.PageSize);
        }
    }

    private sealed record CountRow(int Total);

    private sealed record Row(Guid DialogueId, Guid UnitId, string UnitName, string QuestionKey, string Text, int Total);

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, PagedList<QuotableAnswerDto>>
    {
        public async ValueTask<PagedList<QuotableAnswerDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var summary = await (from s in db.Summaries
                                 join u in db.Units on s.UnitId equals u.Id
                                 where s.Id == query.SummaryId
                                 select new { s.CycleId, u.Path }).SingleAsync(cancellationToken);
            var pattern = summary.Path + "%";
            var offset = (query.Page - 1) * query.PageSize;
            var rows = await db.Database.SqlQuery<Row>(
                $"""
                SELECT d.id AS dialogue_id, u.id AS unit_id, u.name AS unit_name, a->>'key' AS question_key, a->>'text' AS text,
                       count(*) OVER ()::int AS total
                FROM dialogues d
                JOIN units u ON u.id = d.unit_id
                CROSS JOIN LATERAL jsonb_array_elements(d.answers) WITH ORDINALITY AS x(a, position)
                WHERE d.cycle_id = {summary.CycleId} AND d.status <> 'Preparing' AND u.path LIKE {pattern}
                  AND ({query.QuestionKey}::text IS NULL OR a->>'key' = {query.QuestionKey}::text)
                ORDER BY u.name, d.id, x.position
                LIMIT {query.PageSize} OFFSET {offset}
                """).ToListAsync(cancellationToken);
            var total = rows.Count > 0 ? rows[0].Total
                : offset == 0 ? 0
                : await CountAsync(summary.CycleId, pattern, query.QuestionKey, cancellationToken);
            return new PagedList<QuotableAnswerDto>(
                rows.Select(r => new QuotableAnswerDto(r.DialogueId, r.UnitId, r.UnitName, r.QuestionKey, r.Text)).ToList(), query.Page, query.PageSize, total);
        }

        private async Task<int> CountAsync(Guid cycleId, string pattern, string? questionKey, CancellationToken cancellationToken) =>
            (await db.Database.SqlQuery<CountRow>(
                $"""
                SELECT count(*)::int AS total
                FROM dialogues d
                JOIN units u ON u.id = d.unit_id
                CROSS JOIN LATERAL jsonb_array_elements(d.answers) AS x(a)
                WHERE d.cycle_id = {cycleId} AND d.status <> 'Preparing' AND u.path LIKE {pattern}
                  AND ({questionKey}::text IS NULL OR a->>'key' = {questionKey}::text)
                """).SingleAsync(cancellationToken)).Total;
    }
}
