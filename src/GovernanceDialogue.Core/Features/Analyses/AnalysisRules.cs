using FluentValidation;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Analyses;

namespace GovernanceDialogue.Core.Features.Analyses;

internal static class AnalysisRules
{
    public static void Period<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(CurrentStateAnalysis.MinPeriod, CurrentStateAnalysis.MaxPeriod);

    public static void AnalysisText<T>(this IRuleBuilder<T, string?> rule) => rule.OptionalText(CurrentStateAnalysis.TextMaxLength);
}
