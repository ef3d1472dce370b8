using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Summaries;
using GovernanceDialogue.Core.Features.Summaries;

namespace GovernanceDialogue.UnitTests.Summaries;

public sealed class SummaryChartsTests
{
    private static readonly CycleFacts Figures = new(
        10, 1, 2, 3, 4, 1, [new ThemeAssessments(Guid.NewGuid(), "Trygg", 2, 1, 0), new ThemeAssessments(null, null, 0, 0, 3)], 4, 2, 1, 3, 0, 1);

    private static readonly SummaryFacts Facts = new(
        "Vår 2026", new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 15), "Solvik stad", Figures, [], [], 0, 0,
        [new PartFigures(Guid.NewGuid(), "Skolförvaltningen", 6, 5, 2, 3, 4, 3), new PartFigures(Guid.NewGuid(), "Vård", 4, 2, 0, 0, 0, 0)],
        [new TrendPoint(Guid.NewGuid(), "Höst 2025", new DateOnly(2025, 9, 1), 1, 3, 0, 0), new TrendPoint(Guid.NewGuid(), "Vår 2026", new DateOnly(2026, 3, 1), 2, 6, 4, 3)]);

    [Fact]
    public void StatusPerTheme_KeepsTheCountsAndTheGoalsWithoutATheme()
    {
        Assert.Equal(
            [("Trygg", 2, 1, 0, 3), (null, 0, 0, 3, 3)],
            SummaryCharts.StatusPerTheme(Facts).Select(b => (b.Theme, b.OnTrack, b.Uncertain, b.OffTrack, b.Total)).ToList());
    }

    [Fact]
    public void Trend_AndComparison_AreSharesInPercent_NullWhereThereIsNothingToCount()
    {
        Assert.Equal([("Höst 2025", (int?)33, (int?)null), ("Vår 2026", 33, 75)], SummaryCharts.Trend(Facts).Select(t => (t.Cycle, t.GoalsOnTrackPercent, t.AgreementsKeptPercent)).ToList());
        Assert.Equal(
            [("Skolförvaltningen", 6, 5, (int?)67, (int?)75), ("Vård", 4, 2, null, null)],
            SummaryCharts.Comparison(Facts).Select(c => (c.Administration, c.Dialogues, c.Held, c.GoalsOnTrackPercent, c.AgreementsKeptPercent)).ToList());
    }

    [Theory]
    [InlineData(1, 2, 50)]
    [InlineData(1, 8, 13)]
    [InlineData(2, 3, 67)]
    public void Percent_RoundsHalfAwayFromZero(int part, int whole, int expected) => Assert.Equal(expected, SummaryCharts.Percent(part, whole));
}
