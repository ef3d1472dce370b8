using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Missions;

namespace GovernanceDialogue.UnitTests.Domain;

public sealed class MissionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Publish_WithoutADraft_IsRefusedAsIncomplete()
    {
        var mission = Mission.StartFor(Guid.NewGuid());

        Assert.Equal(DomainRules.MissionIncomplete, Assert.Throws<DomainRuleException>(() => mission.Publish(Now, "Anna")).Rule);
        Assert.Equal(0, mission.PublishedVersionNumber);
    }

    [Fact]
    public void Publish_FreezesTheDraftIntoNumberedVersions()
    {
        var mission = Mission.StartFor(Guid.NewGuid());
        mission.EditDraft(" Uppdrag ", "Kort", [" Barn ", "Barn", "", "Familjer"], " ", Now, "Anna");

        var first = mission.Publish(Now, "Anna");
        mission.EditDraft("Nytt uppdrag", "Kortare", [], "SFS 2010:800", Now.AddDays(1), "Bo");
        var second = mission.Publish(Now.AddDays(1), "Bo");

        Assert.Equal(1, first.Number);
        Assert.Equal("Uppdrag", first.AssignmentText);
        Assert.Equal(["Barn", "Familjer"], first.TargetGroups);
        Assert.Null(first.Basis);
        Assert.Equal(2, second.Number);
        Assert.Equal("Bo", second.PublishedBy);
        Assert.Equal("Uppdrag", first.AssignmentText);
        Assert.False(mission.HasUnpublishedChanges);
    }

    [Fact]
    public void Publish_TwiceWithoutEdits_IsRefused()
    {
        var mission = Mission.StartFor(Guid.NewGuid());
        mission.EditDraft("Uppdrag", "Kort", [], null, Now, "Anna");
        mission.Publish(Now, "Anna");

        Assert.Equal(DomainRules.MissionNothingToPublish, Assert.Throws<DomainRuleException>(() => mission.Publish(Now, "Anna")).Rule);
        Assert.Equal(1, mission.PublishedVersionNumber);
    }

    [Fact]
    public void Version_DoesNotShareTheDraftsTargetGroupList()
    {
        var mission = Mission.StartFor(Guid.NewGuid());
        mission.EditDraft("Uppdrag", "Kort", ["Barn"], null, Now, "Anna");
        var version = mission.Publish(Now, "Anna");

        mission.TargetGroups.Add("Vuxna");

        Assert.Equal(["Barn"], version.TargetGroups);
    }
}
