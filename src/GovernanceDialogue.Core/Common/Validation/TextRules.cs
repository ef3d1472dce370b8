using FluentValidation;

namespace GovernanceDialogue.Core.Common.Validation;

/// <summary>Shared validation rules for free text.</summary>
public static class TextRules
{
    /// <summary>Required text: not null, not empty, not only whitespace, at most <paramref name="maxLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotEmpty().MaximumLength(maxLength); // NotEmpty also refuses whitespace-only text

    /// <summary>Optional text of at most <paramref name="maxLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength);
}
