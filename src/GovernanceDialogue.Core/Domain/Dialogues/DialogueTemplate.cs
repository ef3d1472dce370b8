namespace GovernanceDialogue.Core.Domain.Dialogues;

/// <summary>What kind of answer a template question asks for.</summary>
public enum QuestionKind
{
    /// <summary>A written answer.</summary>
    Text,

    /// <summary>For each of the unit's prioritised goals: on track / uncertain / off track, and a narrative.</summary>
    GoalAssessments,

    /// <summary>For each open agreement from earlier dialogues: how it went.</summary>
    AgreementFollowUp,
}

/// <summary>
/// One question of a dialogue template. <see cref="Key"/> is stable across versions, so answers and summaries can
/// follow a question over time; <see cref="Text"/> is Swedish, <see cref="TextEnglish"/> the optional English text.
/// </summary>
public sealed record TemplateQuestion(string Key, QuestionKind Kind, string Text, string? TextEnglish, string? Help)
{
    public const int KeyMaxLength = 50;
    public const int TextMaxLength = 500;
    public const int HelpMaxLength = 1000;
}

/// <summary>
/// A dialogue template (samtalsmall): the question set a unit manager prepares and the meeting follows. Edits never
/// change a question set in use: each edit is a new <see cref="TemplateVersion"/>, and a dialogue keeps the version
/// its cycle opened with.
/// </summary>
public sealed class DialogueTemplate
{
    public const int NameMaxLength = 200;
    public const int MaxQuestions = 30;

    private DialogueTemplate()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The template a cycle uses when it names none. Exactly one template is the default.</summary>
    public bool IsDefault { get; private set; }

    /// <summary>The number of the newest version.</summary>
    public int CurrentVersionNumber { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    public static (DialogueTemplate Template, TemplateVersion First) Create(
        Guid id, Guid versionId, string name, IReadOnlyList<TemplateQuestion> questions, bool isDefault, DateTimeOffset now, string by)
    {
        var template = new DialogueTemplate { Id = id, Name = name.Trim(), IsDefault = isDefault, CurrentVersionNumber = 1, CreatedAt = now };
        return (template, TemplateVersion.Create(versionId, id, 1, questions, now, by));
    }

    /// <summary>Renames the template and, when the questions changed, starts its next version.</summary>
    public TemplateVersion? Revise(Guid versionId, string name, IReadOnlyList<TemplateQuestion> questions, TemplateVersion current, DateTimeOffset now, string by)
    {
        Name = name.Trim();
        if (current.Questions.SequenceEqual(questions))
        {
            return null;
        }

        CurrentVersionNumber++;
        return TemplateVersion.Create(versionId, Id, CurrentVersionNumber, questions, now, by);
    }

    public void SetDefault(bool isDefault) => IsDefault = isDefault;
}

/// <summary>One immutable version of a template's questions.</summary>
public sealed class TemplateVersion
{
    private TemplateVersion()
    {
    }

    public Guid Id { get; private set; }

    public Guid TemplateId { get; private set; }

    public int Number { get; private set; }

    public List<TemplateQuestion> Questions { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    internal static TemplateVersion Create(Guid id, Guid templateId, int number, IReadOnlyList<TemplateQuestion> questions, DateTimeOffset now, string by)
    {
        if (questions.Select(q => q.Key).Distinct(StringComparer.Ordinal).Count() != questions.Count)
        {
            throw new ArgumentException("Question keys are unique within a template.", nameof(questions));
        }

        return new TemplateVersion
        {
            Id = id,
            TemplateId = templateId,
            Number = number,
            Questions = questions.Select(q => q with { Text = q.Text.Trim(), TextEnglish = q.TextEnglish?.Trim(), Help = q.Help?.Trim() }).ToList(),
            CreatedAt = now,
            CreatedBy = by,
        };
    }
}
