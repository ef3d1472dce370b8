using FluentValidation;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Dialogues;

namespace GovernanceDialogue.Core.Features.Templates;

/// <summary>A template with its newest questions and the list of its versions.</summary>
public sealed record TemplateDto(
    Guid Id, string Name, bool IsDefault, int CurrentVersionNumber, Guid CurrentVersionId, IReadOnlyList<TemplateQuestion> Questions,
    IReadOnlyList<TemplateVersionSummaryDto> Versions, DateTimeOffset CreatedAt)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public uint Version { get; init; }
}

public sealed record TemplateVersionSummaryDto(Guid Id, int Number, DateTimeOffset CreatedAt, string CreatedBy, int QuestionCount);

/// <summary>One version of a template's questions, exactly as dialogues that use it see them.</summary>
public sealed record TemplateVersionDto(Guid Id, Guid TemplateId, string TemplateName, int Number, IReadOnlyList<TemplateQuestion> Questions, DateTimeOffset CreatedAt, string CreatedBy);

/// <summary>Shared rules for a template's name and questions.</summary>
internal static class TemplateRules
{
    public static void Content<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> name, System.Linq.Expressions.Expression<Func<T, IEnumerable<TemplateQuestion>>> questions)
    {
        validator.RuleFor(name).RequiredText(DialogueTemplate.NameMaxLength);
        validator.RuleFor(questions).NotEmpty()
            .Must(q => q is null || q.Count() <= DialogueTemplate.MaxQuestions).WithMessage($"A template has at most {DialogueTemplate.MaxQuestions} questions.")
            .Must(q => q is null || q.Where(x => x is not null).Select(x => x.Key).Distinct(StringComparer.Ordinal).Count() == q.Count(x => x is not null))
            .WithMessage("Each question needs its own key.")
            .Must(q => q is null || q.Count(x => x?.Kind == QuestionKind.GoalAssessments) <= 1).WithMessage("At most one question assesses the goals.")
            .Must(q => q is null || q.Count(x => x?.Kind == QuestionKind.AgreementFollowUp) <= 1).WithMessage("At most one question follows up the agreements.");
        validator.RuleForEach(questions).ChildRules(q =>
        {
            q.RuleFor(x => x).NotNull();
            q.RuleFor(x => x.Key).NotEmpty().MaximumLength(TemplateQuestion.KeyMaxLength)
                .Matches("^[a-z0-9][a-z0-9-]*$").WithMessage("A key is lower-case letters a–z, digits and '-', e.g. 'went-well'.");
            q.RuleFor(x => x.Kind).IsInEnum();
            q.RuleFor(x => x.Text).RequiredText(TemplateQuestion.TextMaxLength);
            q.RuleFor(x => x.TextEnglish).OptionalText(TemplateQuestion.TextMaxLength);
            q.RuleFor(x => x.Help).OptionalText(TemplateQuestion.HelpMaxLength);
        });
    }
}
