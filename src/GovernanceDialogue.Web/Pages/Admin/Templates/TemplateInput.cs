using System.ComponentModel.DataAnnotations;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Templates;

namespace GovernanceDialogue.Web.Pages.Admin.Templates;

/// <summary>
/// The template form: name, default flag and the questions as rows, with a few empty rows to add questions and a
/// "remove" box on each row (no scripts). Empty and removed rows are left out.
/// </summary>
public sealed class TemplateInput
{
    public const int EmptyRows = 3;

    [Display(Name = "Field.Name")]
    public string? Name { get; set; }

    [Display(Name = "Field.IsDefault")]
    public bool IsDefault { get; set; }

    public List<QuestionRow> Questions { get; set; } = [];

    public static TemplateInput From(TemplateDto template) => new TemplateInput
    {
        Name = template.Name,
        IsDefault = template.IsDefault,
        Questions = [.. template.Questions.Select(q => new QuestionRow { Key = q.Key, Kind = q.Kind, Text = q.Text, TextEnglish = q.TextEnglish, Help = q.Help })],
    }.Pad();

    /// <summary>Adds empty rows (up to the template's limit) for new questions.</summary>
    public TemplateInput Pad()
    {
        Questions = [.. Questions.Where(q => !q.IsBlank)];
        for (var i = 0; i < EmptyRows && Questions.Count < DialogueTemplate.MaxQuestions; i++)
        {
            Questions.Add(new QuestionRow());
        }

        return this;
    }

    /// <summary>The questions to send, and for each one the row of the form it came from.</summary>
    public (IReadOnlyList<TemplateQuestion> Questions, IReadOnlyList<int> Rows) ToQuestions()
    {
        var kept = Questions.Select((q, i) => (Row: q, Index: i)).Where(x => !x.Row.Remove && !x.Row.IsBlank).ToList();
        return (
            [.. kept.Select(x => new TemplateQuestion(
                x.Row.Key?.Trim() ?? "", x.Row.Kind, x.Row.Text ?? "", string.IsNullOrWhiteSpace(x.Row.TextEnglish) ? null : x.Row.TextEnglish,
                string.IsNullOrWhiteSpace(x.Row.Help) ? null : x.Row.Help))],
            [.. kept.Select(x => x.Index)]);
    }

    public sealed class QuestionRow
    {
        [Display(Name = "Field.Key")]
        public string? Key { get; set; }

        [Display(Name = "Field.QuestionKind")]
        public QuestionKind Kind { get; set; }

        [Display(Name = "Field.QuestionText")]
        public string? Text { get; set; }

        [Display(Name = "Field.TextEnglish")]
        public string? TextEnglish { get; set; }

        [Display(Name = "Field.Help")]
        public string? Help { get; set; }

        [Display(Name = "Field.RemoveQuestion")]
        public bool Remove { get; set; }

        public bool IsBlank =>
            string.IsNullOrWhiteSpace(Key) && string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(TextEnglish) && string.IsNullOrWhiteSpace(Help);
    }
}

/// <summary>What the question rows partial shows.</summary>
public sealed record TemplateFormModel(TemplateInput Input);
