using System.Text.Encodings.Web;
using System.Text.Unicode;
using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Analyses;
using GovernanceDialogue.Core.Domain.GoalPictures;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Lessons;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace GovernanceDialogue.Core.Features.Search;

/// <summary>What a hit is.</summary>
public enum SearchHitKind
{
    Mission,
    MissionDraft,
    GoalPicture,
    Analysis,
    Goal,
    Lesson,
}

/// <summary>
/// Swedish full-text search (PostgreSQL's <c>swedish</c> configuration: "skolor" finds "skola") across missions, goal
/// pictures, analyses, goals and lessons, ranked, with highlighted snippets — and only what the caller may read: drafts and
/// analyses and goals are filtered in SQL by the caller's subtrees. Closed units are left out.
/// </summary>
public static class Search
{
    public const int MinQueryLength = 2;
    public const int MaxQueryLength = 200;
    private const string StartMark = "\u0001";
    private const string StopMark = "\u0002";
    private const string HeadlineOptions = $"StartSel={StartMark}, StopSel={StopMark}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    public sealed record Query(string Q, int Page = 1, int PageSize = 20) : IQuery<PagedList<SearchHit>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.Search;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    /// <summary>
    /// One hit. <paramref name="SnippetHtml"/> is the matching text, HTML-escaped, with the matched words in
    /// <c>&lt;mark&gt;</c>; <paramref name="Id"/> is the mission's unit, the goal picture, the analysis or the goal.
    /// </summary>
    public sealed record SearchHit(SearchHitKind Kind, Guid Id, Guid UnitId, string UnitName, string Title, string SnippetHtml, double Rank);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Q).NotEmpty().Must(q => q is null || q.Trim().Length >= MinQueryLength).WithMessage($"Search for at least {MinQueryLength} characters.")
                .MaximumLength(MaxQueryLength);
            this.ValidatePaging(q => q.Page, q => q.PageSize);
        }
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, PagedList<SearchHit>>
    {
        public async ValueTask<PagedList<SearchHit>> Handle(Query query, CancellationToken cancellationToken)
        {
            var q = query.Q.Trim();
            // Closed units are history: their missions, goal pictures, analyses and goals are not found.
            var today = clock.Today();
            var open = db.Units.Where(u => u.ValidTo == null || u.ValidTo > today);
            // One more than the page needs from each kind, to know whether there is a next page.
            var take = (query.Page * query.PageSize) + 1;
            var hits = new List<Hit>();

            // Published missions: everyone.
            hits.AddRange(await db.MissionVersions.AsNoTracking()
                .Where(v => db.Missions.Any(m => m.UnitId == v.UnitId && m.PublishedVersionNumber == v.Number))
                .Where(v => open.Any(u => u.Id == v.UnitId))
                .Where(v => EF.Property<NpgsqlTsVector>(v, SearchVector.Column).Matches(EF.Functions.WebSearchToTsQuery(SearchVector.Configuration, q)))
                .Select(v => new Hit
                {
                    Kind = SearchHitKind.Mission,
                    Id = v.UnitId,
                    UnitId = v.UnitId,
                    UnitName = db.Units.Where(u => u.Id == v.UnitId).Select(u => u.Name).Single(),
                    Title = v.PlainLanguageSummary,
                    Headline = EF.Functions.WebSearchToTsQuery(SearchVector.Configuration, q).GetResultHeadline(SearchVector.Configuration, v.PlainLanguageSummary + " " + v.AssignmentText, HeadlineOptions),
                    Rank = EF.Property<NpgsqlTsVector>(v, SearchVector.Column).Rank(EF.Functions.WebSearchToTsQuery(SearchVector.Configuration, q)),
                })
                .OrderByDescending(h => h.Rank).Take(take).ToListAsync(cancellationToken));

            // Mission drafts: the unit's editors.
            var drafts = Subtrees.Patterns(authorizer.Subtrees(Permission.ReadMissionDraft));
            if (drafts is null || drafts.Length > 0)
            {
                hits.AddRange(await db.Missions.AsNoTracking()
                    .Where(m => m.HasUnpublishedChanges)
                    .Where(m => open.Any(u => u.Id == m.UnitId && (drafts == null || drafts.Any(p => EF.Functions.Like(u.Path, p)))))
                    .Where(m => EF.Property<NpgsqlTsVector>(m, SearchVector.Column).Matches(EF.Functions.WebSearchToTsQuery(SearchVector.Configuration, q)))
                    .Select(m => new Hit
                    {
                        Kind = SearchHitKind.MissionDraft,
                        Id = m.UnitId,
                        UnitId = m.UnitId,
                        UnitName = db.Units.Where(u => u.Id == m.UnitId).Select(u => u.Name).Single(),
                        Title = m.PlainLanguageSummary ?? "",
                        Headline = EF.Functions.WebSearchToTsQuery(SearchVector.Configuration, q).GetResultHeadline(SearchVector.Configuration, (m.PlainLanguageSummary ?? "") + " " + (m.AssignmentText ?? ""), HeadlineOptions),
                        Rank = EF.Property<NpgsqlTsVector>(m, SearchVector.Column).Rank(EF.Functions.WebSearchToTsQuery(SearchVector.Configuration, q)),
                    })
                    .OrderByDescending(h => h.Rank).Take(take).ToListAsync(cancellationToken));
            }

            // Goal pictures: what the caller may see, except superseded versions.
            hits.AddRange(await db.GoalPictures.AsNoTracking().VisibleTo(authorizer, db)
                .Where(g => g.Status != GoalPictureStatus.Superseded)
                .Where(g => open.Any(u => u.Id == g.UnitId))
                .Where(g => EF.Functions.ToTsVector(SearchVector.Configuration, g.Vision + " " + g.Narrative).Matches(EF.Functions.WebSearchToTsQuery(SearchVector.Configuration, q)))
                .Select(g => new Hit
                {
                    Kind = SearchHitKind.GoalPicture,
                    Id = g.Id,
                    UnitId = g.UnitId,
                    UnitName = db.Units.Where(u => u.Id == g.UnitId).Select(u => u.Name).Single(),
                    Title = g.Vision,
                    Headline = EF.Functions.WebSearchToTsQuery(SearchVector.Configuration, q).GetResultHeadline(SearchVector.Configuration, g.Vision + " " + g.Narrative, HeadlineOptions),
                    Rank = EF.Functions.ToTsVector(SearchVector.Configuration, g.Vision + " " + g.Narrative).Rank(EF.Functions.WebSearchToTsQuery(SearchVector.Configuration, q)),
                })
                .OrderByDescending(h => h.Rank).Take(take).ToListAsync(cancellationToken));

            // Analyses: readers in scope see completed ones, editors their drafts too.
            var analysisReaders = Subtrees.Patterns(authorizer.Subtrees(Permission.ReadAnalyses));
            var analysisEditors = Subtrees.Patterns(authorizer.Subtrees(Permission.EditAnalysis));
            if (analysisReaders is null || analysisReaders.Length > 0)
            {
                hits.AddRange(await db.Analyses.AsNoTracking()
                    .Where(a => open.Any(u => u.Id == a.UnitId
                        && (analysisReaders == null || analysisReaders.Any(p => EF.Functions.Like(u.Path, p)))
                        && (a.Status == AnalysisStatus.Completed || analysisEditors == null || analysisEditors.Any(p => EF.Functions.Like(u.Path, p)))))
                    .Where(a => EF.Property<NpgsqlTsVector>(a, SearchVector.Column).Matches(EF.Functions.WebSearchToTsQuery(SearchVector.Configuration, q)))
                    .Select(a => new Hit
                    {
                        Kind = SearchHitKind.Analysis,
                        Id = a.Id,
                        UnitId = a.UnitId,
                        UnitName = db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).Single(),
                        Title = a.Period.ToString(),
                        Headline = EF.Functions.WebSearchToTsQuery(SearchVector.Configuration, q).GetResultHeadline(SearchVector.Configuration,
                            (a.Strengths ?? "") + " " + (a.Challenges ?? "") + " " + (a.Risks ?? "") + " " + (a.CitizenPerspective ?? "") + " "
                            + (a.EmployeePerspective ?? "") + " " + (a.EqualityPerspective ?? "") + " " + (a.CollaborationNeeds ?? ""), HeadlineOptions),
                        Rank = EF.Property<NpgsqlTsVector>(a, SearchVector.Column).Rank(EF.Functions.WebSearchToTsQuery(SearchVector.Configuration, q)),
                    })
                    .OrderByDescending(h => h.Rank).Take(take).ToListAsync(cancellationToken));
            }

            // Goals: readers in scope.
            var goalReaders = Subtrees.Patterns(authorizer.Subtrees(Permission.ReadGoals));
            if (goalReaders is null || goalReaders.Length > 0)
            {
                hits.AddRange(await db.Goals.AsNoTracking()
                    .Where(g => open.Any(u => u.Id == g.UnitId && (goalReaders == null || goalReaders.Any(p => EF.Functions.Like(u.Path, p)))))
                    .Where(g => EF.Property<NpgsqlTsVector>(g, SearchVector.Column).Matches(EF.Functions.WebSearchToTsQuery(SearchVector.Configuration, q)))
                    .Select(g => new Hit
                    {
                        Kind = SearchHitKind.Goal,
                        Id = g.Id,
                        UnitId = g.UnitId,
                        UnitName = db.Units.Where(u => u.Id == g.UnitId).Select(u => u.Name).Single(),
                        Title = g.Title,
                        Headline = EF.Functions.WebSearchToTsQuery(SearchVector.Configuration, q).GetResultHeadline(SearchVector.Configuration, g.Title + " " + g.Why + " " + g.HowWeWillKnow, HeadlineOptions),
                        Rank = EF.Property<NpgsqlTsVector>(g, SearchVector.Column).Rank(EF.Functions.WebSearchToTsQuery(SearchVector.Configuration, q)),
                    })
                    .OrderByDescending(h => h.Rank).Take(take).ToListAsync(cancellationToken));
            }

            // Lessons: at their visibility once shared; drafts only for the unit's managers and the executives above it.
            hits.AddRange(await db.Lessons.AsNoTracking().VisibleTo(db, authorizer, user)
                .Where(l => open.Any(u => u.Id == l.UnitId))
                .Where(l => EF.Property<NpgsqlTsVector>(l, SearchVector.Column).Matches(EF.Functions.WebSearchToTsQuery(SearchVector.Configuration, q)))
                .Select(l => new Hit
                {
                    Kind = SearchHitKind.Lesson,
                    Id = l.Id,
                    UnitId = l.UnitId,
                    UnitName = db.Units.Where(u => u.Id == l.UnitId).Select(u => u.Name).Single(),
                    Title = l.Title,
                    Headline = EF.Functions.WebSearchToTsQuery(SearchVector.Configuration, q).GetResultHeadline(SearchVector.Configuration,
                        l.Title + " " + (l.Context ?? "") + " " + (l.WhatWeTried ?? "") + " " + (l.WhatHappened ?? "") + " " + (l.WhatWeLearned ?? ""), HeadlineOptions),
                    Rank = EF.Property<NpgsqlTsVector>(l, SearchVector.Column).Rank(EF.Functions.WebSearchToTsQuery(SearchVector.Configuration, q)),
                })
                .OrderByDescending(h => h.Rank).Take(take).ToListAsync(cancellationToken));

            var ordered = hits.OrderByDescending(h => h.Rank).ThenBy(h => h.Title, StringComparer.Ordinal).ToList();
            var page = ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
                .Select(h => new SearchHit(h.Kind, h.Id, h.UnitId, h.UnitName, h.Title, Highlight(h.Headline), h.Rank))
                .ToList();
            // Counting every match of every kind would cost a query per kind more; the count is exact up to this page and
            // "more" beyond it.
            var more = hits.GroupBy(h => h.Kind).Any(g => g.Count() >= take);
            return new PagedList<SearchHit>(page, query.Page, query.PageSize, more ? Math.Max(ordered.Count, take) : ordered.Count);
        }

        /// <summary>Escapes the user's text, with the matched words wrapped in &lt;mark&gt; tags.</summary>
        private static string Highlight(string headline) =>
            string.Concat(headline.Split(StartMark).Select((part, i) =>
            {
                var closing = part.Split(StopMark, 2);
                return i == 0 || closing.Length == 1
                    ? Html.Encode(part.Replace(StopMark, "", StringComparison.Ordinal))
                    : "<mark>" + Html.Encode(closing[0]) + "</mark>" + Html.Encode(closing[1]);
            }));

        /// <summary>Escapes markup but keeps å, ä, ö and the rest of the text readable.</summary>
        private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

        private sealed class Hit
        {
            public SearchHitKind Kind { get; init; }

            public Guid Id { get; init; }

            public Guid UnitId { get; init; }

            public string UnitName { get; init; } = "";

            public string Title { get; init; } = "";

            public string Headline { get; init; } = "";

            public float Rank { get; init; }
        }
    }
}
