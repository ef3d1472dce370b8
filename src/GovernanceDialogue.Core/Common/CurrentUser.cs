namespace GovernanceDialogue.Core.Common;

/// <summary>
/// The acting principal of the current scope. The web host fills it from the signed-in user of a request; jobs and
/// seeding act as the system. Handlers read it through <see cref="ICurrentUser"/>.
/// </summary>
public sealed class CurrentUser : ICurrentUser
{
    public const string SystemName = "System";

    public string? Id { get; private set; }

    public string DisplayName { get; private set; } = "Anonymous";

    public bool IsSystem { get; private set; }

    public void Set(string id, string displayName)
    {
        Id = id;
        DisplayName = displayName;
        IsSystem = false;
    }

    public void SetSystem()
    {
        Id = null;
        DisplayName = SystemName;
        IsSystem = true;
    }
}
