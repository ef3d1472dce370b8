using System.Text.Json;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Web.Infrastructure;

namespace GovernanceDialogue.UnitTests.Web;

public sealed class StrictEnumConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new StrictEnumConverterFactory() } };

    [Theory]
    [InlineData("\"City\"", UnitKind.City)]
    [InlineData("\"administration\"", UnitKind.Administration)]
    public void Reads_NamesIgnoringCase(string json, UnitKind expected) =>
        Assert.Equal(expected, JsonSerializer.Deserialize<UnitKind>(json, Options));

    [Theory]
    [InlineData("\"Region\"")]
    [InlineData("1")]
    [InlineData("\"1\"")]
    [InlineData("\"-1\"")]
    public void Refuses_UnknownNamesAndNumbers_ListingTheAllowedValues(string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<UnitKind>(json, Options));

        Assert.Contains("City, Administration, Unit", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("GovernanceDialogue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_Names() => Assert.Equal("\"Unit\"", JsonSerializer.Serialize(UnitKind.Unit, Options));
}
