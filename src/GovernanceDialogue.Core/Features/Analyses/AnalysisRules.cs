using FluentValidation;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Analyses;

namespace GovernanceDialogue.Core.Features.Analyses;

internal static class AnalysisRules
{
    public static void Period<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(CurrentStateAnalysis.MinPeriod, CurrentStateAnalysis.MaxPeriod);

    public static void AnalysisText<T>(this IRuleBuilder<T, string?> rule) => rule.OptionalText(CurrentStateAnalysis.TextMaxLength);

    /// <summary>
    /// An observation value that can be stored exactly (<c>numeric(18, 4)</c>): at most 14 digits before the decimal
    /// point and 4 after. More decimals are refused rather than rounded, so what is stored is what was sent.
    /// </summary>
    public static IRuleBuilderOptions<T, decimal?> ObservationValue<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.PrecisionScale(Observation.ValuePrecision, Observation.ValueScale, ignoreTrailingZeros: true);
}
