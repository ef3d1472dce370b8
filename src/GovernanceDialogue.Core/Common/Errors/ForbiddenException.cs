namespace GovernanceDialogue.Core.Common.Errors;

/// <summary>The caller is known but no role it holds allows the action here. Maps to 403.</summary>
public sealed class ForbiddenException(string permission)
    : Exception($"Your roles do not allow '{permission}' here.")
{
    public string Permission { get; } = permission;
}
