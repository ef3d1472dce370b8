using FluentValidation;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.GoalPictures;

namespace GovernanceDialogue.Core.Features.GoalPictures;

internal static class GoalPictureRules
{
    public static void Content<T>(this AbstractValidator<T> validator, Func<T, string?> vision, Func<T, string?> narrative, Func<T, IReadOnlyList<ThemeInput>?> themes)
    {
        validator.RuleFor(x => vision(x)).RequiredText(GoalPicture.VisionMaxLength).OverridePropertyName("Vision");
        validator.RuleFor(x => narrative(x)).RequiredText(GoalPicture.NarrativeMaxLength).OverridePropertyName("Narrative");
        validator.RuleFor(x => themes(x)).NotNull()
            .Must(t => t is null || t.Count is >= GoalPicture.MinThemes and <= GoalPicture.MaxThemes)
            .WithMessage($"A goal picture has {GoalPicture.MinThemes}–{GoalPicture.MaxThemes} themes.")
            .Must(t => t is null || t.Select(x => x.Name?.Trim().ToUpperInvariant()).Distinct().Count() == t.Count)
            .WithMessage("Each theme needs its own name.")
            .OverridePropertyName("Themes");
        validator.RuleForEach(x => themes(x) ?? Array.Empty<ThemeInput>()).ChildRules(theme =>
        {
            theme.RuleFor(t => t.Name).RequiredText(Theme.NameMaxLength);
            theme.RuleFor(t => t.Description).RequiredText(Theme.DescriptionMaxLength);
        }).OverridePropertyName("Themes");
    }
}
