namespace GovernanceDialogue.Core.Common.Errors;

/// <summary>
/// A business rule refused the change. Maps to 409 with a stable problem type per rule
/// (<see cref="Rule"/> is the slug, e.g. <c>unit-move-cycle</c>); the catalogue is in <see cref="DomainRules"/>.
/// <see cref="Field"/>, when set, names the part of the request the rule refused (e.g. <c>Quotes[1].Text</c>), so a
/// form can show the error beside it and an API client can point at it.
/// </summary>
public sealed class DomainRuleException(string rule, string message, string? field = null) : Exception(message)
{
    public string Rule { get; } = rule;

    public string? Field { get; } = field;
}
