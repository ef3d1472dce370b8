using GovernanceDialogue.Web.Api;
using GovernanceDialogue.Web.Infrastructure;

namespace GovernanceDialogue.UnitTests.Web;

public sealed class ETagTests
{
    [Theory]
    [InlineData("\"42\"", 42u)]
    [InlineData("W/\"42\"", 42u)]
    [InlineData(" \"7\" ", 7u)]
    [InlineData("\"abc\"", 0u)]
    public void Parse_ReadsOurETags_AndAnythingElseMatchesNoVersion(string header, uint expected) =>
        Assert.Equal(expected, ETag.Parse(header));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("*")]
    public void Parse_AbsentOrStar_MeansAnyVersion(string? header) => Assert.Null(ETag.Parse(header));

    [Fact]
    public void Required_WithoutHeader_Throws428_ButAcceptsAnExplicitStar()
    {
        Assert.Throws<PreconditionRequiredException>(() => ETag.Required(null));
        Assert.Throws<PreconditionRequiredException>(() => ETag.Required(" "));
        Assert.Null(ETag.Required("*"));
        Assert.Equal(5u, ETag.Required(ETag.Format(5)));
    }
}
