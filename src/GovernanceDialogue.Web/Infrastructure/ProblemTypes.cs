namespace GovernanceDialogue.Web.Infrastructure;

/// <summary>
/// Problem <c>type</c> URIs. They are relative references to this app's <c>/problems</c> page, which describes each
/// one; the slug is stable and clients may branch on it.
/// </summary>
public static class ProblemTypes
{
    public const string Validation = "/problems/validation";
    public const string NotFound = "/problems/not-found";
    public const string PreconditionFailed = "/problems/precondition-failed";
    public const string PreconditionRequired = "/problems/precondition-required";
    public const string Unauthorized = "/problems/unauthorized";
    public const string Forbidden = "/problems/forbidden";
    public const string ServerError = "/problems/server-error";
    public const string BadRequest = "/problems/bad-request";
    public const string TooManyRequests = "/problems/too-many-requests";

    public static string ForRule(string rule) => "/problems/" + rule;

    public static string ForStatus(int status) => status switch
    {
        400 => BadRequest,
        401 => Unauthorized,
        403 => Forbidden,
        404 => NotFound,
        412 => PreconditionFailed,
        428 => PreconditionRequired,
        429 => TooManyRequests,
        >= 500 => ServerError,
        _ => "about:blank",
    };

    /// <summary>The generic problem types with a one-line description, for the /problems page.</summary>
    public static IReadOnlyDictionary<string, string> Generic { get; } = new Dictionary<string, string>
    {
        ["validation"] = "One or more fields are invalid; `errors` names each field with its messages. Nothing was stored.",
        ["bad-request"] = "The request could not be read (for example a body that is too large). Malformed JSON is a `validation` problem with the error under `$`.",
        ["not-found"] = "The resource does not exist, or you may not know that it exists.",
        ["precondition-failed"] = "The If-Match ETag is stale: someone changed the resource since you read it. Read it again, reapply your change. Nothing was stored.",
        ["precondition-required"] = "This update needs an If-Match header with the ETag from your last read, so concurrent edits never overwrite each other.",
        ["unauthorized"] = "Sign in, or send a valid bearer token (unknown, revoked and expired tokens get this too).",
        ["forbidden"] = "You are signed in (or your token is valid) but your roles or scopes do not allow this here. Nothing was stored.",
        ["too-many-requests"] = "The token used up its requests for this minute; wait the seconds in Retry-After.",
        ["server-error"] = "Something went wrong on our side. The traceId helps the operators find it.",
    };
}
