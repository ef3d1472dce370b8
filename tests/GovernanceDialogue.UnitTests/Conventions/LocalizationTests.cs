using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace GovernanceDialogue.UnitTests.Conventions;

/// <summary>Every UI text exists in Swedish and in English.</summary>
public sealed partial class LocalizationTests
{
    private static readonly string WebRoot = Path.Combine(Repository.Root, "src", "GovernanceDialogue.Web");

    [Fact]
    public void SwedishAndEnglish_HaveTheSameKeys()
    {
        var sv = Keys("sv");
        var en = Keys("en");

        Assert.NotEmpty(sv);
        Assert.Empty(sv.Except(en));
        Assert.Empty(en.Except(sv));
    }

    [Fact]
    public void EveryLiteralKeyUsedInTheWebProject_HasTexts()
    {
        var used = Directory.EnumerateFiles(WebRoot, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .ToList();
        Assert.NotEmpty(used);

        var sv = Keys("sv");
        Assert.All(used, u => Assert.True(sv.Contains(u.Key), $"{u.File} uses '{u.Key}', which has no text"));
    }

    [Fact]
    public void DomainRules_AndUnitKinds_HaveTexts()
    {
        var sv = Keys("sv");

        Assert.All(Core.Common.Errors.DomainRules.Descriptions.Keys, rule => Assert.Contains($"Rule.{rule}", sv));
        Assert.All(Enum.GetNames<Core.Domain.Organisation.UnitKind>(), kind => Assert.Contains($"Kind.{kind}", sv));
    }

    /// <summary>Validation messages name a field by its "Field.&lt;Property&gt;" text (WebSetup's display-name resolver), never by the C# name.</summary>
    [Fact]
    public void EveryValidatedProperty_HasAFieldText()
    {
        var core = Path.Combine(Repository.Root, "src", "GovernanceDialogue.Core");
        var validated = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => ValidatedProperty().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Property: m.Groups["property"].Value)))
            .ToList();
        Assert.NotEmpty(validated);

        var sv = Keys("sv");
        Assert.All(validated, v => Assert.True(sv.Contains($"Field.{v.Property}"), $"{v.File} validates '{v.Property}', which has no Field.{v.Property} text"));
    }

    private static HashSet<string> Keys(string culture) =>
        XDocument.Load(Path.Combine(WebRoot, "Resources", $"SharedResource.{culture}.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

    [GeneratedRegex("""(?:\bL|localizer)\["(?<key>[A-Za-z0-9.\-]+)"[\],]""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex(@"RuleFor(?:Each)?\(\s*\w+\s*=>\s*\w+\.(?<property>\w+)")]
    private static partial Regex ValidatedProperty();
}
