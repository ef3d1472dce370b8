namespace GovernanceDialogue.Core.Common.Errors;

/// <summary>
/// A business rule refused the change. Maps to 409 with a stable problem type per rule
/// (<see cref="Rule"/> is the slug, e.g. <c>unit-move-cycle</c>); the catalogue is in <see cref="DomainRules"/>.
/// </summary>
public sealed class DomainRuleException(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}
