namespace GovernanceDialogue.UnitTests.Conventions;

/// <summary>Finds files of the repository from the test output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovernanceDialogue.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("GovernanceDialogue.sln not found above the test output.");
    }
}
