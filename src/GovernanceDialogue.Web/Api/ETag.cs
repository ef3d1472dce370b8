using GovernanceDialogue.Web.Infrastructure;

namespace GovernanceDialogue.Web.Api;

/// <summary>ETags are the row version of the resource; If-Match carries one back on updates.</summary>
public static class ETag
{
    public static string Format(uint version) => $"\"{version}\"";

    /// <summary>
    /// The version an If-Match header asks for: null when absent or <c>*</c> (any current version). A value that is
    /// not one of our ETags can match no version and yields 0 (PostgreSQL never uses 0 as a row version), so the
    /// update answers 412 like any stale ETag.
    /// </summary>
    public static uint? Parse(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            return null;
        }

        var value = ifMatch.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return uint.TryParse(value.Trim('"'), out var version) ? version : 0;
    }

    /// <summary>As <see cref="Parse"/>, but an update without If-Match is refused with 428 (<c>*</c> is an explicit "any version").</summary>
    public static uint? Required(string? ifMatch) =>
        string.IsNullOrWhiteSpace(ifMatch) ? throw new PreconditionRequiredException() : Parse(ifMatch);
}
