namespace GovernanceDialogue.Core.Common.Errors;

/// <summary>
/// The caller edited a stale copy: the version it read (its ETag / If-Match) is no longer current. Maps to 412.
/// Nothing is written.
/// </summary>
public sealed class PreconditionFailedException(string resource, object key)
    : Exception($"{resource} '{key}' was changed by someone else since you read it. Read it again and reapply your change.")
{
    public string Resource { get; } = resource;

    public object Key { get; } = key;
}
