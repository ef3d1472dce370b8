namespace GovernanceDialogue.Core.Persistence;

/// <summary>
/// Swedish full-text search: searchable tables carry a stored, generated <c>search_vector</c> (PostgreSQL's
/// <c>swedish</c> configuration, so "skolor" finds "skola") with a GIN index. It is a shadow property: the domain
/// never sees it.
/// </summary>
public static class SearchVector
{
    public const string Column = "SearchVector";
    public const string Configuration = "swedish";

    /// <summary>The generated column's SQL over the given (snake_case) text columns.</summary>
    public static string Sql(params string[] columns) =>
        $"to_tsvector('{Configuration}', {string.Join(" || ' ' || ", columns.Select(c => $"coalesce({c}, '')"))})";
}
