using GovernanceDialogue.Core.Domain.Summaries;
using GovernanceDialogue.Core.Features.Public;
using GovernanceDialogue.Core.Features.Summaries;

namespace GovernanceDialogue.Web.Infrastructure;

/// <summary>A summary as the CSV export reads it: a published version, or (for the executives of its scope) the draft.</summary>
public sealed record SummaryCsvSource(
    Guid SummaryId,
    string UnitName,
    bool IsDraft,
    int? Version,
    DateTimeOffset? PublishedAt,
    SummaryFacts Facts,
    string Narrative,
    IReadOnlyList<string> Highlights,
    IReadOnlyList<SummaryQuote> Quotes)
{
    public static SummaryCsvSource Published(PublicSummaryDto summary) => new(
        summary.SummaryId, summary.UnitName, false, summary.Number, summary.PublishedAt, summary.Facts, summary.Narrative, summary.Highlights, summary.Quotes);

    /// <summary>The draft of a summary read with <c>GetSummaryDraft</c>.</summary>
    public static SummaryCsvSource Draft(SummaryDto summary) => summary.Draft is { } draft
        ? new(summary.Id, summary.UnitName, true, null, null, draft.Facts, draft.Narrative, draft.Highlights, draft.Quotes)
        : throw new ArgumentException("The summary was read without its draft.", nameof(summary));
}

/// <summary>
/// Every CSV file the app offers, each written by <see cref="CsvWriter"/>. Column names are English snake_case and
/// match the JSON fields of the same resource.
/// </summary>
public static class CsvExports
{
    /// <summary>One row per theme; the goal picture's own columns repeat on each row.</summary>
    public static byte[] GoalPicture(PublicGoalPictureDto picture)
    {
        var csv = new CsvWriter(
            "goal_picture_id", "unit_id", "unit_name", "number", "vision", "narrative", "decision_date", "decision_reference", "published_at",
            "theme_position", "theme_id", "theme_name", "theme_description", "city_theme_id");
        foreach (var theme in picture.Themes)
        {
            csv.Row(
                picture.Id, picture.UnitId, picture.UnitName, picture.Number, picture.Vision, picture.Narrative, picture.DecisionDate,
                picture.DecisionReference, picture.PublishedAt, theme.Position, theme.Id, theme.Name, theme.Description, theme.CityThemeId);
        }

        return csv.ToBytes();
    }

    /// <summary>One row per unit: its current published mission, with its parent and the path of names above it.</summary>
    public static byte[] Missions(IEnumerable<PublicMissionDto> missions)
    {
        var csv = new CsvWriter(
            "unit_id", "unit_name", "short_code", "kind", "parent_id", "parent_name", "path", "number", "plain_language_summary",
            "assignment_text", "target_groups", "basis", "published_at");
        foreach (var m in missions)
        {
            csv.Row(
                m.UnitId, m.UnitName, m.ShortCode, m.Kind, m.ParentId, m.Ancestors.Count > 0 ? m.Ancestors[^1].Name : null,
                string.Join(" / ", m.Ancestors.Select(a => a.Name).Append(m.UnitName)), m.Number, m.PlainLanguageSummary,
                m.AssignmentText, m.TargetGroups, m.Basis, m.PublishedAt);
        }

        return csv.ToBytes();
    }

    /// <summary>One row per published summary (its latest version).</summary>
    public static byte[] Summaries(IEnumerable<PublishedSummaryDto> summaries)
    {
        var csv = new CsvWriter("summary_id", "number", "cycle_id", "cycle_name", "cycle_opens_on", "unit_id", "unit_name", "published_at");
        foreach (var s in summaries)
        {
            csv.Row(s.SummaryId, s.Number, s.CycleId, s.CycleName, s.OpensOn, s.UnitId, s.UnitName, s.PublishedAt);
        }

        return csv.ToBytes();
    }

    /// <summary>
    /// One summary as one table a spreadsheet can filter and pivot: <c>section,name,measure,value</c>, one value per
    /// row. Sections, in order:
    /// <list type="bullet">
    /// <item><c>about</c>: name = summary_id, scope, cycle, cycle_opens_on, cycle_closes_on, status (published or draft), version, published_at.</item>
    /// <item><c>narrative</c>: the executive's narrative.</item>
    /// <item><c>highlights</c>: name = position (1, 2, …).</item>
    /// <item><c>figures</c>: name = the scope; measure = dialogues, preparing, submitted, held, closed, overdue, agreements_made,
    /// agreements_made_by_leadership, agreements_followed_up, agreements_done, agreements_dropped, agreements_overdue,
    /// dialogues_asking_support, lessons_shared.</item>
    /// <item><c>theme_status</c>: name = goal-picture theme ("(no theme)" for goals linked to none); measure = on_track, uncertain, off_track, total.</item>
    /// <item><c>trend</c>: name = cycle; measure = opens_on, goals_on_track_percent, agreements_kept_percent (empty: nothing to count).</item>
    /// <item><c>comparison</c>: name = administration; measure = dialogues, held, goals_on_track_percent, agreements_kept_percent.</item>
    /// <item><c>challenges</c> and <c>support_asked</c>: name = recurring word; measure = dialogues (how many mention it).</item>
    /// <item><c>quotes</c>: name = the unit quoted; measure = the dialogue question; value = the passage.</item>
    /// </list>
    /// Percentages come from <see cref="SummaryCharts"/>, like the reading page and the PDF.
    /// </summary>
    public static byte[] Summary(SummaryCsvSource summary)
    {
        var csv = new CsvWriter("section", "name", "measure", "value");
        var facts = summary.Facts;
        csv.Row("about", "summary_id", null, summary.SummaryId)
            .Row("about", "scope", null, summary.UnitName)
            .Row("about", "cycle", null, facts.CycleName)
            .Row("about", "cycle_opens_on", null, facts.OpensOn)
            .Row("about", "cycle_closes_on", null, facts.ClosesOn)
            .Row("about", "status", null, summary.IsDraft ? "draft" : "published")
            .Row("about", "version", null, summary.Version)
            .Row("about", "published_at", null, summary.PublishedAt)
            .Row("narrative", "narrative", null, summary.Narrative);
        for (var i = 0; i < summary.Highlights.Count; i++)
        {
            csv.Row("highlights", i + 1, null, summary.Highlights[i]);
        }

        var figures = facts.Figures;
        foreach (var (measure, value) in new (string, int)[]
                 {
                     ("dialogues", figures.Dialogues), ("preparing", figures.Preparing), ("submitted", figures.Submitted), ("held", figures.Held),
                     ("closed", figures.Closed), ("overdue", figures.Overdue), ("agreements_made", figures.AgreementsMade),
                     ("agreements_made_by_leadership", figures.AgreementsMadeByLeadership), ("agreements_followed_up", figures.AgreementsFollowedUp),
                     ("agreements_done", figures.AgreementsDone), ("agreements_dropped", figures.AgreementsDropped),
                     ("agreements_overdue", figures.AgreementsOverdue), ("dialogues_asking_support", facts.DialoguesAskingSupport),
                     ("lessons_shared", facts.LessonsShared),
                 })
        {
            csv.Row("figures", facts.ScopeName, measure, value);
        }

        foreach (var bar in SummaryCharts.StatusPerTheme(facts))
        {
            var theme = bar.Theme ?? "(no theme)";
            csv.Row("theme_status", theme, "on_track", bar.OnTrack)
                .Row("theme_status", theme, "uncertain", bar.Uncertain)
                .Row("theme_status", theme, "off_track", bar.OffTrack)
                .Row("theme_status", theme, "total", bar.Total);
        }

        foreach (var point in SummaryCharts.Trend(facts))
        {
            csv.Row("trend", point.Cycle, "opens_on", point.OpensOn)
                .Row("trend", point.Cycle, "goals_on_track_percent", point.GoalsOnTrackPercent)
                .Row("trend", point.Cycle, "agreements_kept_percent", point.AgreementsKeptPercent);
        }

        foreach (var part in SummaryCharts.Comparison(facts))
        {
            csv.Row("comparison", part.Administration, "dialogues", part.Dialogues)
                .Row("comparison", part.Administration, "held", part.Held)
                .Row("comparison", part.Administration, "goals_on_track_percent", part.GoalsOnTrackPercent)
                .Row("comparison", part.Administration, "agreements_kept_percent", part.AgreementsKeptPercent);
        }

        foreach (var topic in facts.Challenges)
        {
            csv.Row("challenges", topic.Term, "dialogues", topic.Dialogues);
        }

        foreach (var topic in facts.SupportAsked)
        {
            csv.Row("support_asked", topic.Term, "dialogues", topic.Dialogues);
        }

        foreach (var quote in summary.Quotes)
        {
            csv.Row("quotes", quote.UnitName, quote.QuestionKey, quote.Text);
        }

        return csv.ToBytes();
    }
}
