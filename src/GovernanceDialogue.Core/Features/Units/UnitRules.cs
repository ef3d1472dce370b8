using FluentValidation;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Organisation;

namespace GovernanceDialogue.Core.Features.Units;

/// <summary>Shape rules shared by the unit commands.</summary>
internal static class UnitRules
{
    public static void Name<T>(this IRuleBuilder<T, string?> rule) => rule.RequiredText(OrganisationUnit.NameMaxLength);

    public static void ShortCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.RequiredText(OrganisationUnit.ShortCodeMaxLength)
            .Matches(OrganisationUnit.ShortCodePattern);

    public static void ExternalId<T>(this IRuleBuilder<T, string?> rule) => rule.OptionalText(OrganisationUnit.ExternalIdMaxLength);
}
