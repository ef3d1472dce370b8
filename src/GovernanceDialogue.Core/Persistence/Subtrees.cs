namespace GovernanceDialogue.Core.Persistence;

/// <summary>Turns the subtrees a principal may read into LIKE patterns: <c>patterns.Any(p => EF.Functions.Like(path, p))</c> is one <c>LIKE ANY</c>.</summary>
public static class Subtrees
{
    /// <summary>Null (everywhere) stays null; otherwise one prefix pattern per subtree.</summary>
    public static string[]? Patterns(IReadOnlyList<string>? subtrees) => subtrees?.Select(p => p + "%").ToArray();
}
