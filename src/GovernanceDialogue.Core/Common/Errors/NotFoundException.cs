namespace GovernanceDialogue.Core.Common.Errors;

/// <summary>The requested resource does not exist (or is not visible to the caller). Maps to 404.</summary>
public sealed class NotFoundException(string resource, object key)
    : Exception($"{resource} '{key}' was not found.")
{
    public string Resource { get; } = resource;

    public object Key { get; } = key;
}
