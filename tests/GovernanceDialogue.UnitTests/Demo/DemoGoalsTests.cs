using GovernanceDialogue.Core.Demo;

namespace GovernanceDialogue.UnitTests.Demo;

public sealed class DemoGoalsTests
{
    [Fact]
    public void AsOf_MovesThePeriodDecisionsAndObservationPeriods_ByTheSameNumberOfYears()
    {
        var demo = DemoGoals.Load();
        var moved = demo.AsOf(demo.Period + 2);

        Assert.Equal(demo.Period + 2, moved.Period);
        Assert.Equal(demo.CityGoalPicture.DecisionDate.AddYears(2), moved.CityGoalPicture.DecisionDate);
        Assert.Contains(moved.CityGoalPicture.DecisionDate.ToString("yyyy-MM-dd"), moved.CityGoalPicture.DecisionReference, StringComparison.Ordinal);
        Assert.DoesNotContain(demo.CityGoalPicture.DecisionDate.ToString("yyyy-MM-dd"), moved.CityGoalPicture.DecisionReference, StringComparison.Ordinal);
        var before = demo.Units[0].Analysis.Observations[0].Period;
        Assert.Equal((int.Parse(before) + 2).ToString(), moved.Units[0].Analysis.Observations[0].Period);
        Assert.Equal(demo.Units[0].Goals, moved.Units[0].Goals);
    }

    [Fact]
    public void AsOf_ItsOwnPeriod_ChangesNothing()
    {
        var demo = DemoGoals.Load();
        Assert.Same(demo, demo.AsOf(demo.Period));
    }
}
