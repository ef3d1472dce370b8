using GovernanceDialogue.Core.Domain.Missions;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.Missions;
using GovernanceDialogue.Core.Features.Units;

namespace GovernanceDialogue.UnitTests.Validation;

public sealed class ValidatorTests
{
    private static SaveMissionDraft.Command Draft(string text = "Uppdrag", string summary = "Kort", IReadOnlyList<string>? groups = null, string? basis = null) =>
        new(Guid.NewGuid(), 1, text, summary, groups, basis);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n")]
    public void SaveMissionDraft_RefusesBlankAssignmentText(string text)
    {
        var result = new SaveMissionDraft.Validator().Validate(Draft(text: text));

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(SaveMissionDraft.Command.AssignmentText));
    }

    [Fact]
    public void SaveMissionDraft_AcceptsTextAtTheLimitsAndRefusesOneMore()
    {
        var validator = new SaveMissionDraft.Validator();

        Assert.True(validator.Validate(Draft(text: new string('x', Mission.AssignmentTextMaxLength), summary: new string('y', Mission.PlainLanguageSummaryMaxLength))).IsValid);
        Assert.False(validator.Validate(Draft(text: new string('x', Mission.AssignmentTextMaxLength + 1))).IsValid);
        Assert.False(validator.Validate(Draft(summary: new string('y', Mission.PlainLanguageSummaryMaxLength + 1))).IsValid);
        Assert.False(validator.Validate(Draft(basis: new string('z', Mission.BasisMaxLength + 1))).IsValid);
    }

    [Fact]
    public void SaveMissionDraft_LimitsTargetGroups()
    {
        var validator = new SaveMissionDraft.Validator();

        Assert.True(validator.Validate(Draft(groups: Enumerable.Repeat("Barn", Mission.MaxTargetGroups).ToList())).IsValid);
        Assert.False(validator.Validate(Draft(groups: Enumerable.Repeat("Barn", Mission.MaxTargetGroups + 1).ToList())).IsValid);
        Assert.Contains(validator.Validate(Draft(groups: ["Barn", ""])).Errors, e => e.PropertyName == "TargetGroups[1]");
    }

    [Theory]
    [InlineData("SKOF", true)]
    [InlineData("skof-solb_2", true)]
    [InlineData("ÄO-1", true)]
    [InlineData("-SKOF", false)]
    [InlineData("SK OF", false)]
    [InlineData("SK/OF", false)]
    [InlineData("", false)]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU", false)]
    public void CreateUnit_ChecksTheShortCodeShape(string code, bool valid)
    {
        var result = new CreateUnit.Validator().Validate(new CreateUnit.Command(UnitKind.City, "Stad", code, null, null, null));

        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public void CreateUnit_BelowTheCity_NeedsAParent()
    {
        var result = new CreateUnit.Validator().Validate(new CreateUnit.Command(UnitKind.Unit, "Enhet", "E", null, null, null));

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(CreateUnit.Command.ParentId));
    }

    [Fact]
    public void ListUnits_RefusesBadPaging()
    {
        var validator = new ListUnits.Validator();

        Assert.False(validator.Validate(new ListUnits.Query(Page: 0)).IsValid);
        Assert.False(validator.Validate(new ListUnits.Query(PageSize: 201)).IsValid);
        Assert.True(validator.Validate(new ListUnits.Query(PageSize: 200)).IsValid);
    }
}
