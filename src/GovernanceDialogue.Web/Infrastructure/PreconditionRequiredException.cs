namespace GovernanceDialogue.Web.Infrastructure;

/// <summary>An update arrived without If-Match. Maps to 428.</summary>
public sealed class PreconditionRequiredException()
    : Exception("This update needs an If-Match header carrying the ETag from your last GET.");
