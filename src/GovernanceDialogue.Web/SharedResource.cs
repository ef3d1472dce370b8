namespace GovernanceDialogue.Web;

/// <summary>Marker for the UI texts in <c>Resources/SharedResource.{sv,en}.resx</c>.</summary>
public sealed class SharedResource;
