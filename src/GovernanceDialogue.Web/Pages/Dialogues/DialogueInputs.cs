using System.ComponentModel.DataAnnotations;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Core.Features.Dialogues;

namespace GovernanceDialogue.Web.Pages.Dialogues;

/// <summary>The unit manager's preparation: an answer per text question, an assessment per goal, a note per earlier agreement.</summary>
public sealed class PreparationInput
{
    public List<AnswerRow> Answers { get; set; } = [];

    public List<GoalRow> Goals { get; set; } = [];

    public List<FollowUpRow> FollowUps { get; set; } = [];

    public static PreparationInput From(DialogueDto dialogue) => new()
    {
        Answers = [.. dialogue.Questions.Where(q => q.Kind == QuestionKind.Text).Select(q => new AnswerRow { Key = q.Key, Text = q.Answer })],
        Goals = [.. dialogue.Goals.Select(g => new GoalRow { GoalId = g.GoalId, Assessment = g.Assessment, Narrative = g.Narrative })],
        FollowUps = [.. dialogue.FollowUps.Select(f => new FollowUpRow { AgreementId = f.AgreementId, Note = f.Note })],
    };

    public SaveDialogueNotes.Command ToCommand(Guid dialogueId, uint version) => new(
        dialogueId,
        version,
        [.. Answers.Where(a => !string.IsNullOrEmpty(a.Key)).Select(a => new SaveDialogueNotes.Answer(a.Key!, a.Text))],
        [.. Goals.Select(g => new SaveDialogueNotes.GoalNote(g.GoalId, g.Assessment, g.Narrative))],
        [.. FollowUps.Select(f => new SaveDialogueNotes.FollowUpNote(f.AgreementId, f.Note))]);

    public sealed class AnswerRow
    {
        public string? Key { get; set; }

        [Display(Name = "Field.Text")]
        public string? Text { get; set; }
    }

    public sealed class GoalRow
    {
        public Guid GoalId { get; set; }

        [Display(Name = "Field.Assessment")]
        public Assessment? Assessment { get; set; }

        [Display(Name = "Field.Narrative")]
        public string? Narrative { get; set; }
    }

    public sealed class FollowUpRow
    {
        public Guid AgreementId { get; set; }

        [Display(Name = "Field.Note")]
        public string? Note { get; set; }
    }
}

/// <summary>One agreement as a form row: what, who it binds, who is responsible, by when.</summary>
public class AgreementRow
{
    [Display(Name = "Field.Description")]
    public string? Description { get; set; }

    [Display(Name = "Field.Side")]
    public AgreementSide? Side { get; set; }

    [Display(Name = "Field.Responsible")]
    public string? Responsible { get; set; }

    [Display(Name = "Field.DueOn")]
    [DataType(DataType.Date)]
    public DateOnly? DueOn { get; set; }

    /// <summary>An untouched row of the form is not an agreement.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && Side is null && string.IsNullOrWhiteSpace(Responsible) && DueOn is null;

    public AgreementInput ToInput() => new(Description ?? "", Side, Responsible ?? "", DueOn);
}

/// <summary>The meeting record: when, who took part (one per line), leadership's response, and the agreements made.</summary>
public sealed class MeetingInput
{
    public const int AgreementRows = 4;

    [Display(Name = "Field.HeldOn")]
    [DataType(DataType.Date)]
    public DateOnly? HeldOn { get; set; }

    [Display(Name = "Field.Participants")]
    public string? Participants { get; set; }

    [Display(Name = "Field.LeadershipResponse")]
    public string? LeadershipResponse { get; set; }

    public List<AgreementRow> Agreements { get; set; } = [];

    public IReadOnlyList<string> ParticipantList =>
        [.. (Participants ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Pads the agreement rows to the fixed number the form shows.</summary>
    public MeetingInput Pad()
    {
        while (Agreements.Count < AgreementRows)
        {
            Agreements.Add(new AgreementRow());
        }

        return this;
    }
}
