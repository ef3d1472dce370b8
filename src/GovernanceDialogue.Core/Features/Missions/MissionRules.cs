using FluentValidation;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Missions;

namespace GovernanceDialogue.Core.Features.Missions;

internal static class MissionRules
{
    public static void TargetGroups<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(groups => groups is null || groups.Count <= Mission.MaxTargetGroups)
            .WithMessage($"List at most {Mission.MaxTargetGroups} target groups.");

    public static void TargetGroup<T>(this IRuleBuilder<T, string?> rule) =>
        rule.RequiredText(Mission.TargetGroupMaxLength);
}
