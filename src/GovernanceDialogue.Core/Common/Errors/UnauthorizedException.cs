namespace GovernanceDialogue.Core.Common.Errors;

/// <summary>The action needs a signed-in user or a valid token, and the caller has neither. Maps to 401.</summary>
public sealed class UnauthorizedException() : Exception("Sign in, or send a valid API token, to do this.");
