using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.Identity;

namespace GovernanceDialogue.UnitTests.Conventions;

/// <summary>docs/security.md shows the permission matrix; this keeps the document and the code in step.</summary>
public sealed class SecurityDocumentationTests
{
    private const string Header = "| Permission | Anonymous | Administrator | Executive | UnitManager | Politician | Token read | Token write |";

    [Fact]
    public void TheDocumentedMatrix_IsThePermissionMatrix()
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, "docs", "security.md"));
        var start = Array.IndexOf(lines, Header);
        Assert.True(start >= 0, "docs/security.md has no permission table with the expected header");
        var documented = lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToDictionary(cells => cells[0], cells => cells[1..]);

        Assert.NotEmpty(documented);
        Assert.Equal(Enum.GetNames<Permission>().Order(), documented.Keys.Order());
        foreach (var (permission, rule) in PermissionMatrix.Rules)
        {
            Assert.Equal(Expected(rule), documented[permission.ToString()]);
        }
    }

    private static string[] Expected(PermissionRule rule)
    {
        if (rule.Anonymous)
        {
            return Enumerable.Repeat("yes", 7).ToArray();
        }

        if (rule.SignedIn)
        {
            return ["no", .. Enumerable.Repeat("yes", 6)];
        }

        var scoped = rule.AnyScope ? "any unit" : "subtree";
        string Cell(Role role) => rule.Global.Contains(role) ? "yes" : rule.Scoped.Contains(role) ? scoped : "no";
        return
        [
            "no", Cell(Role.Administrator), Cell(Role.Executive), Cell(Role.UnitManager), Cell(Role.Politician),
            rule.Token.HasFlag(TokenScopes.Read) ? scoped : "no",
            rule.Token.HasFlag(TokenScopes.Write) ? scoped : "no",
        ];
    }
}
