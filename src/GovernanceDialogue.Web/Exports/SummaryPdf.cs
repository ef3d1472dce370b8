using GovernanceDialogue.Core.Domain.Summaries;
using GovernanceDialogue.Core.Features.Public;
using GovernanceDialogue.Core.Features.Summaries;

namespace GovernanceDialogue.Web.Exports;

/// <summary>
/// What a summary PDF shows: a published version (<see cref="Version"/> set) or the executives' draft (null), with the
/// executive's text beside the generated facts.
/// </summary>
internal sealed record SummaryDocument(
    string CycleName,
    string UnitName,
    int? Version,
    DateTimeOffset Date,
    SummaryFacts Facts,
    string Narrative,
    IReadOnlyList<string> Highlights,
    IReadOnlyList<SummaryQuote> Quotes)
{
    public static SummaryDocument Of(PublicSummaryDto version) =>
        new(version.Facts.CycleName, version.UnitName, version.Number, version.PublishedAt, version.Facts, version.Narrative, version.Highlights, version.Quotes);

    /// <summary>The draft of a summary read with <c>GetSummaryDraft</c>.</summary>
    public static SummaryDocument DraftOf(SummaryDto summary) => summary.Draft is { } draft
        ? new(summary.CycleName, summary.UnitName, null, draft.EditedAt ?? draft.GeneratedAt, draft.Facts, draft.Narrative, draft.Highlights, draft.Quotes)
        : throw new ArgumentException("The summary was read without its draft.", nameof(summary));
}

/// <summary>
/// The politicians' summary as a printable PDF: title, the narrative, highlights, quotes attributed to units, the
/// figures, recurring words, and the three charts, each followed by its numbers as a table.
/// </summary>
internal static class SummaryPdf
{
    public static string TitleOf(SummaryDocument summary, ExportTexts L) => L["Export.Summary.Title", summary.CycleName, summary.UnitName];

    public static byte[] Render(SummaryDocument summary, ExportTexts L)
    {
        var culture = L.Culture;
        var facts = summary.Facts;
        var title = TitleOf(summary, L);
        using var pdf = new PdfLayout(title, L["Export.Summary.Subject"], culture);

        pdf.Heading(title, 1);
        pdf.Paragraph(
            summary.Version is { } number
                ? L["Export.Summary.VersionLine", number, ExportFormat.Date(summary.Date, culture)]
                : L["Export.Summary.DraftLine", ExportFormat.Date(summary.Date, culture)],
            pdf.Bold, summary.Version is null ? PdfCharts.OffTrack : PdfLayout.Muted);
        pdf.Paragraph(L["Export.Summary.CycleLine", facts.CycleName, ExportFormat.Date(facts.OpensOn, culture), ExportFormat.Date(facts.ClosesOn, culture)], pdf.Small, PdfLayout.Muted);

        pdf.Heading(L["Export.Summary.Narrative"], 2);
        pdf.Paragraph(summary.Narrative);

        if (summary.Highlights.Count > 0)
        {
            pdf.Heading(L["Export.Summary.Highlights"], 2);
            pdf.Bullets(summary.Highlights);
        }

        if (summary.Quotes.Count > 0)
        {
            pdf.Heading(L["Export.Summary.Quotes"], 2);
            foreach (var quote in summary.Quotes)
            {
                pdf.Paragraph(L["Export.Summary.Quote", quote.Text], pdf.Body, indent: 12);
                pdf.Paragraph(L["Export.Summary.QuoteBy", quote.UnitName], pdf.Small, PdfLayout.Muted, indent: 12);
            }
        }

        Figures(pdf, facts, L);
        Charts(pdf, facts, L);

        return pdf.Finish((page, count) => L["Export.Page", page, count]);
    }

    private static void Figures(PdfLayout pdf, SummaryFacts facts, ExportTexts L)
    {
        var culture = L.Culture;
        string N(int value) => ExportFormat.Number(value, culture);
        var f = facts.Figures;

        pdf.Heading(L["Export.Summary.Figures"], 2);
        pdf.Table(
            [new(L["Export.Measure"], 3), new(L["Progress.Count"], 1, Numeric: true)],
            [
                [L["Figures.Dialogues"], N(f.Dialogues)],
                [L["Progress.Preparing"], N(f.Preparing)],
                [L["Export.Summary.OverduePreparations"], N(f.Overdue)],
                [L["Progress.Submitted"], N(f.Submitted)],
                [L["Progress.Held"], N(f.Held)],
                [L["Progress.Closed"], N(f.Closed)],
            ],
            L["Export.Summary.DialoguesCaption"]);
        pdf.Table(
            [new(L["Export.Measure"], 3), new(L["Progress.Count"], 1, Numeric: true)],
            [
                [L["Figures.AgreementsMade"], N(f.AgreementsMade)],
                [L["Export.Summary.ByLeadership"], N(f.AgreementsMadeByLeadership)],
                [L["Figures.AgreementsFollowedUp"], N(f.AgreementsFollowedUp)],
                [L["Figures.AgreementsDone"], N(f.AgreementsDone)],
                [L["Figures.AgreementsDropped"], N(f.AgreementsDropped)],
                [L["Figures.AgreementsOverdue"], N(f.AgreementsOverdue)],
            ],
            L["Export.Summary.AgreementsCaption"]);
        pdf.Table(
            [new(L["Export.Measure"], 3), new(L["Progress.Count"], 1, Numeric: true)],
            [
                [L["Export.Summary.AskingSupport"], N(facts.DialoguesAskingSupport)],
                [L["Export.Summary.LessonsShared"], N(facts.LessonsShared)],
            ],
            L["Export.Summary.LearningCaption"]);

        Words(pdf, L["Export.Summary.Challenges"], facts.Challenges, L);
        Words(pdf, L["Export.Summary.SupportAsked"], facts.SupportAsked, L);
    }

    private static void Words(PdfLayout pdf, string heading, IReadOnlyList<RecurringTopic> topics, ExportTexts L)
    {
        pdf.Heading(heading, 3);
        if (topics.Count == 0)
        {
            pdf.Paragraph(L["Export.Summary.NoWords"], color: PdfLayout.Muted);
            return;
        }

        pdf.Table(
            [new(L["Export.Summary.Word"], 3), new(L["Export.Summary.InDialogues"], 1, Numeric: true)],
            topics.Select(t => (IReadOnlyList<string>)[t.Term, ExportFormat.Number(t.Dialogues, L.Culture)]));
    }

    private static void Charts(PdfLayout pdf, SummaryFacts facts, ExportTexts L)
    {
        var culture = L.Culture;
        var words = new ChartWords(
            L["Assessment.OnTrack"], L["Assessment.Uncertain"], L["Assessment.OffTrack"],
            L["Export.Chart.GoalsOnTrack"], L["Export.Chart.AgreementsKept"], L["Export.Chart.Goals"], L["Export.Chart.Share"], L["Export.Chart.NoValue"]);

        var status = SummaryCharts.StatusPerTheme(facts).Select(b => new StatusBar(b.Theme ?? L["Figures.NoTheme"], b.OnTrack, b.Uncertain, b.OffTrack)).ToList();
        pdf.Heading(L["Export.Chart.StatusTitle"], 2);
        if (status.Count == 0)
        {
            pdf.Paragraph(L["Export.Chart.NoAssessments"], color: PdfLayout.Muted);
        }
        else
        {
            pdf.Figure(PdfCharts.StatusHeight(status.Count), area => PdfCharts.StatusPerTheme(pdf, area, status, words));
            pdf.Table(
                [new(L["Figures.Theme"], 3), new(words.OnTrack, 1, true), new(words.Uncertain, 1, true), new(words.OffTrack, 1, true), new(L["Progress.Total"], 1, true)],
                status.Select(b => (IReadOnlyList<string>)[b.Label, N(b.OnTrack), N(b.Uncertain), N(b.OffTrack), N(b.Total)]),
                L["Export.Chart.StatusTable"]);
        }

        var trend = SummaryCharts.Trend(facts);
        pdf.Heading(L["Export.Chart.TrendTitle"], 2);
        pdf.Figure(PdfCharts.TrendHeight, area => PdfCharts.Trend(pdf, area, trend.Select(t => new SharePair(t.Cycle, t.GoalsOnTrackPercent, t.AgreementsKeptPercent)).ToList(), words));
        pdf.Table(
            [new(L["Cycle.Name"], 2), new(L["Cycle.Opens"], 2), new(words.Goals, 2, true), new(words.Agreements, 2, true)],
            trend.Select(t => (IReadOnlyList<string>)[t.Cycle, ExportFormat.Date(t.OpensOn, culture), P(t.GoalsOnTrackPercent), P(t.AgreementsKeptPercent)]),
            L["Export.Chart.TrendTable"]);

        var comparison = SummaryCharts.Comparison(facts);
        if (comparison.Count > 0)
        {
            pdf.Heading(L["Export.Chart.ComparisonTitle"], 2);
            pdf.Figure(
                PdfCharts.ComparisonHeight(comparison.Count),
                area => PdfCharts.Comparison(pdf, area, comparison.Select(c => new SharePair(c.Administration, c.GoalsOnTrackPercent, c.AgreementsKeptPercent)).ToList(), words));
            pdf.Table(
                [new(L["Export.Chart.Administration"], 3), new(L["Figures.Dialogues"], 1.3, true), new(L["Progress.Held"], 1.5, true), new(words.Goals, 1.7, true), new(words.Agreements, 2.2, true)],
                comparison.Select(c => (IReadOnlyList<string>)[c.Administration, N(c.Dialogues), N(c.Held), P(c.GoalsOnTrackPercent), P(c.AgreementsKeptPercent)]),
                L["Export.Chart.ComparisonTable"]);
        }

        string N(int value) => ExportFormat.Number(value, culture);
        string P(int? value) => value is null ? words.NoValue : ExportFormat.Percent(value, culture);
    }
}
