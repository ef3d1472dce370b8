using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Records;

namespace GovernanceDialogue.Web.Exports;

/// <summary>
/// A unit's record of one dialogue cycle as a PDF for the archive: the mission, the analysis and prioritised goals of
/// the cycle's year, the dialogue (answers, goal assessments, follow-ups, the meeting) and its agreements with notes.
/// </summary>
internal static class UnitRecordPdf
{
    public static string TitleOf(UnitRecordDto record, ExportTexts L) => L["Export.Record.Title", record.Cycle.Name, record.Unit.Name];

    public static byte[] Render(UnitRecordDto record, ExportTexts L)
    {
        var culture = L.Culture;
        var title = TitleOf(record, L);
        using var pdf = new PdfLayout(title, L["Export.Record.Subject"], culture);
        string D(DateOnly date) => ExportFormat.Date(date, culture);
        string T(DateTimeOffset instant) => ExportFormat.Date(instant, culture);

        pdf.Heading(title, 1);
        pdf.Paragraph(L["Export.Record.ReadLine", T(record.ReadAt)], pdf.Small, PdfLayout.Muted);
        var cycle = record.Cycle;
        pdf.Table(
            [new(L["Export.Item"], 2), new(L["Export.Details"], 3)],
            [
                [L["Dialogue.Unit"], $"{record.Unit.Name} ({record.Unit.ShortCode}), {L[$"Kind.{record.Unit.Kind}"]}"],
                [L["Field.ParentId"], record.Unit.ParentName ?? "–"],
                [L["Cycle.Name"], $"{cycle.Name} ({L[$"CycleStatus.{cycle.Status}"]})"],
                [L["Cycle.Opens"], D(cycle.OpensOn)],
                [L["Cycle.PreparationDue"], D(cycle.PreparationDueOn)],
                [L["Cycle.DialogueWindow"], L["Cycle.Window", D(cycle.DialoguesFrom), D(cycle.DialoguesTo)]],
                [L["Cycle.Closes"], D(cycle.ClosesOn)],
                [L["Dialogue.Status"], L[$"DialogueStatus.{record.Dialogue.Status}"]],
            ]);

        Mission(pdf, record, L);
        Analysis(pdf, record, L);
        Goals(pdf, record, L);
        Dialogue(pdf, record, L);
        Agreements(pdf, record, L);

        return pdf.Finish((page, count) => L["Export.Page", page, count]);
    }

    private static void Mission(PdfLayout pdf, UnitRecordDto record, ExportTexts L)
    {
        pdf.Heading(L["Mission.Heading"], 2);
        if (record.Mission is not { } mission)
        {
            pdf.Paragraph(L["Mission.NonePublished"], color: PdfLayout.Muted);
            return;
        }

        pdf.Paragraph(L["Export.Record.MissionVersion", mission.Number, ExportFormat.Date(mission.PublishedAt, L.Culture)], pdf.Small, PdfLayout.Muted);
        pdf.Labelled(L["Field.PlainLanguageSummary"], mission.PlainLanguageSummary);
        pdf.Labelled(L["Mission.AssignmentText"], mission.AssignmentText);
        if (mission.TargetGroups.Count > 0)
        {
            pdf.Labelled(L["Mission.TargetGroups"], string.Join("\n", mission.TargetGroups));
        }

        if (!string.IsNullOrWhiteSpace(mission.Basis))
        {
            pdf.Labelled(L["Mission.Basis"], mission.Basis);
        }
    }

    private static void Analysis(PdfLayout pdf, UnitRecordDto record, ExportTexts L)
    {
        pdf.Heading(L["Export.Record.Analysis", record.Period], 2);
        if (record.Analysis is not { } analysis)
        {
            pdf.Paragraph(L["Export.Record.NoAnalysis", record.Period], color: PdfLayout.Muted);
            return;
        }

        pdf.Paragraph(L[$"AnalysisStatus.{analysis.Status}"], pdf.Small, PdfLayout.Muted);
        pdf.Labelled(L["Field.Strengths"], analysis.Strengths);
        pdf.Labelled(L["Field.Challenges"], analysis.Challenges);
        pdf.Labelled(L["Field.Risks"], analysis.Risks);
        pdf.Labelled(L["Field.CitizenPerspective"], analysis.CitizenPerspective);
        pdf.Labelled(L["Field.EmployeePerspective"], analysis.EmployeePerspective);
        pdf.Labelled(L["Field.EqualityGroups"], string.Join(", ", analysis.EqualityGroups.Select(g => L[$"EqualityGroup.{g}"])));
        pdf.Labelled(L["Field.EqualityPerspective"], analysis.EqualityPerspective);
        pdf.Labelled(L["Field.CollaborationNeeds"], analysis.CollaborationNeeds);
        if (analysis.Observations.Count > 0)
        {
            var culture = L.Culture;
            pdf.Table(
                [new(L["Field.Title"], 3), new(L["Observation.Value"], 2, true), new(L["Field.ObservationPeriod"], 1), new(L["Observation.Source"], 2)],
                analysis.Observations.Select(o => (IReadOnlyList<string>)
                [
                    o.Title,
                    $"{o.Value.ToString("G29", culture)}{(o.UnitOfMeasure is null ? "" : " " + o.UnitOfMeasure)}",
                    o.Period,
                    o.KoladaKpiId is null ? o.Source : $"{o.Source} ({o.KoladaKpiId})",
                ]),
                L["Analysis.Evidence"]);
        }
    }

    private static void Goals(PdfLayout pdf, UnitRecordDto record, ExportTexts L)
    {
        pdf.Heading(L["Export.Record.Goals", record.Period], 2);
        if (record.Goals.Count == 0)
        {
            pdf.Paragraph(L["Dialogue.NoGoals"], color: PdfLayout.Muted);
            return;
        }

        var themes = record.Themes.ToDictionary(t => t.Id, t => t.Name);
        foreach (var goal in record.Goals)
        {
            pdf.Heading(goal.Rank is { } rank ? $"{rank}. {goal.Title}" : goal.Title, 3);
            pdf.Paragraph(
                string.Join(" · ", new[]
                {
                    L[$"GoalStatus.{goal.Status}"],
                    L["Goal.Owner", goal.Owner],
                    goal.ThemeIds.Count == 0 ? L["Goal.NoTheme"] : L["Goal.Themes", string.Join(", ", goal.ThemeIds.Select(id => themes.GetValueOrDefault(id) ?? "–"))],
                }),
                pdf.Small, PdfLayout.Muted);
            pdf.Labelled(L["Field.Why"], goal.Why);
            pdf.Labelled(L["Field.HowWeWillKnow"], goal.HowWeWillKnow);
            if (!string.IsNullOrWhiteSpace(goal.Reflection))
            {
                pdf.Labelled(L["Goal.Reflection"], goal.Reflection);
            }
        }
    }

    private static void Dialogue(PdfLayout pdf, UnitRecordDto record, ExportTexts L)
    {
        var dialogue = record.Dialogue;
        var culture = L.Culture;
        var english = culture.TwoLetterISOLanguageName == "en";
        string T(DateTimeOffset instant) => ExportFormat.Date(instant, culture);

        pdf.Heading(L["Export.Record.Dialogue"], 2);
        pdf.Paragraph(L["Dialogue.TemplateVersion", dialogue.TemplateName, dialogue.TemplateVersion], pdf.Small, PdfLayout.Muted);
        if (dialogue.SubmittedAt is { } submitted)
        {
            pdf.Paragraph(L["Dialogue.SubmittedLine", T(submitted), dialogue.SubmittedBy ?? ""], pdf.Small, PdfLayout.Muted);
        }
        else
        {
            pdf.Paragraph(L["Dialogue.NotesAreDraft"], pdf.Small, PdfLayout.Muted);
        }

        pdf.Heading(L["Dialogue.NotesHeading"], 3);
        foreach (var question in dialogue.Questions)
        {
            var text = english && !string.IsNullOrWhiteSpace(question.TextEnglish) ? question.TextEnglish : question.Text;
            switch (question.Kind)
            {
                case QuestionKind.GoalAssessments:
                    pdf.Labelled(text, null, L["Export.Record.SeeBelow"]);
                    if (dialogue.Goals.Count == 0)
                    {
                        pdf.Paragraph(L["Dialogue.NoGoals"], color: PdfLayout.Muted);
                    }
                    else
                    {
                        pdf.Table(
                            [new(L["Field.GoalTitle"], 3), new(L["Field.Assessment"], 1.4), new(L["Export.Record.Narrative"], 4)],
                            dialogue.Goals.Select(g => (IReadOnlyList<string>)
                                [$"{g.Rank}. {g.Title}", g.Assessment is { } a ? L[$"Assessment.{a}"] : L["Dialogue.NotAssessed"], g.Narrative ?? ""]));
                    }

                    break;
                case QuestionKind.AgreementFollowUp:
                    pdf.Labelled(text, null, dialogue.FollowUps.Count == 0 ? L["Dialogue.NoFollowUps"] : L["Export.Record.SeeBelow"]);
                    foreach (var followUp in dialogue.FollowUps)
                    {
                        pdf.Paragraph(
                            L["Dialogue.FollowUpHint", followUp.Description, followUp.Responsible, ExportFormat.Date(followUp.DueOn, culture), followUp.CycleName ?? followUp.CollaborationName ?? ""]
                            + " · " + L[$"AgreementStatus.{followUp.Status}"],
                            pdf.Bold, indent: 12);
                        pdf.Paragraph(string.IsNullOrWhiteSpace(followUp.Note) ? L["Dialogue.NoAnswer"] : followUp.Note, indent: 12);
                    }

                    break;
                default:
                    pdf.Labelled(text, question.Answer, L["Dialogue.NoAnswer"]);
                    break;
            }
        }

        pdf.Heading(L["Dialogue.MeetingHeading"], 3);
        if (dialogue.HeldOn is not { } heldOn)
        {
            pdf.Paragraph(L["Export.Record.NotHeld"], color: PdfLayout.Muted);
        }
        else
        {
            pdf.Labelled(L["Dialogue.HeldOn"], ExportFormat.Date(heldOn, culture));
            pdf.Labelled(L["Field.Participants"], string.Join("\n", dialogue.Participants));
            pdf.Labelled(L["Field.LeadershipResponse"], dialogue.LeadershipResponse);
        }

        if (dialogue.ClosedAt is { } closed)
        {
            pdf.Paragraph(L["Dialogue.ClosedLine", T(closed), dialogue.ClosedBy ?? ""], pdf.Small, PdfLayout.Muted);
        }

        if (dialogue.UnfinishedAtCycleClose)
        {
            pdf.Paragraph(L["Dialogue.Unfinished"], pdf.Small, PdfCharts.OffTrack);
        }

        if (dialogue.ReopenCount > 0)
        {
            pdf.Paragraph(L["Dialogue.ReopenedLine", dialogue.ReopenCount, dialogue.LastReopenReason ?? ""], pdf.Small, PdfLayout.Muted);
        }
    }

    private static void Agreements(PdfLayout pdf, UnitRecordDto record, ExportTexts L)
    {
        var culture = L.Culture;
        pdf.Heading(L["Dialogue.AgreementsHeading"], 2);
        if (record.Dialogue.Agreements.Count == 0)
        {
            pdf.Paragraph(L["Dialogue.NoAgreements"], color: PdfLayout.Muted);
            return;
        }

        var number = 0;
        foreach (var agreement in record.Dialogue.Agreements)
        {
            pdf.Heading(L["Dialogue.AgreementN", ++number], 3);
            pdf.Paragraph(agreement.Description);
            var status = L[$"AgreementStatus.{agreement.Status}"] + (agreement.Overdue ? $" ({L["Agreement.Overdue"]})" : "");
            pdf.Table(
                [new(L["Export.Item"], 2), new(L["Export.Details"], 3)],
                [
                    [L["Agreement.Side"], L[$"AgreementSide.{agreement.Side}"]],
                    [L["Agreement.Responsible"], agreement.Responsible],
                    [L["Agreement.DueOn"], ExportFormat.Date(agreement.DueOn, culture)],
                    [L["Agreement.Status"], status],
                ]);
            if (!string.IsNullOrWhiteSpace(agreement.DropReason))
            {
                pdf.Labelled(L["Agreement.DropReason"], agreement.DropReason);
            }

            pdf.Paragraph(L["Agreement.NotesHeading"], pdf.Bold);
            if (agreement.Notes.Count == 0)
            {
                pdf.Paragraph(L["Agreement.NoNotes"], color: PdfLayout.Muted, indent: 12);
            }

            foreach (var note in agreement.Notes)
            {
                pdf.Paragraph(L["Agreement.NoteLine", ExportFormat.Date(note.At, culture), note.By], pdf.Small, PdfLayout.Muted, indent: 12);
                pdf.Paragraph(note.Text, indent: 12);
            }
        }
    }
}
