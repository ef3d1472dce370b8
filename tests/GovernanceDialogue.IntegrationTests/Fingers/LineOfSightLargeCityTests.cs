using GovernanceDialogue.Benchmarks;
using GovernanceDialogue.Core.Domain.Goals;
using GovernanceDialogue.Core.Features.LineOfSight;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Fingers;

/// <summary>
/// The city's line of sight on a generated city with sections (units under units) in several administrations: every
/// unit appears once per theme, under its own administration, with exactly the goals it has under that theme. Pins
/// the grouping GetLineOfSight does in memory (issue 8 made it linear instead of units × goals).
/// </summary>
public sealed class LineOfSightLargeCityTests : IntegrationTest
{
    [Fact]
    public async Task CityLineOfSight_PutsEveryUnitUnderItsAdministrationWithItsGoalsForEachTheme()
    {
        var shape = new LargeCityShape { Administrations = 3, UnitsPerAdministration = 12, SectionSize = 4, Years = 1 };
        var city = await new LargeCityGenerator(Database.ConnectionString, shape).GenerateAsync(Cancel);
        var period = shape.LastYear;
        var units = await DbAsync(db => db.Units.Select(u => new { u.Id, u.Kind, u.Path }).ToListAsync(Cancel));
        var goals = await DbAsync(db => db.Goals.Where(g => g.Period == period && g.Status != GoalStatus.Dropped)
            .Select(g => new { g.Id, g.UnitId, g.ThemeIds }).ToListAsync(Cancel));

        var answer = await SendAsync(new GetLineOfSight.Query(city.CityId, period));

        Assert.Equal(5, answer.Themes.Count);
        foreach (var line in answer.Themes)
        {
            Assert.Equal(shape.Administrations, line.Administrations.Count);
            foreach (var administration in line.Administrations)
            {
                var expected = units.Where(u => u.Kind == Core.Domain.Organisation.UnitKind.Unit && u.Path.Contains(administration.Administration.Id.ToString("N"), StringComparison.Ordinal))
                    .Select(u => u.Id).Order().ToList();
                Assert.Equal(shape.UnitsPerAdministration, expected.Count);
                Assert.Equal(expected, administration.Units.Select(u => u.Unit.Id).Concat(administration.UnitsWithoutGoal.Select(u => u.Id)).Order().ToList());
                foreach (var unit in administration.Units)
                {
                    var theirs = goals.Where(g => g.UnitId == unit.Unit.Id && g.ThemeIds.Contains(line.Theme.Id)).Select(g => g.Id).Order().ToList();
                    Assert.Equal(theirs, unit.Goals.Select(g => g.Id).Order().ToList());
                    Assert.All(unit.Goals, g => Assert.Equal(unit.Unit.Id, g.UnitId));
                }

                Assert.All(administration.UnitsWithoutGoal, u => Assert.DoesNotContain(goals, g => g.UnitId == u.Id && g.ThemeIds.Contains(line.Theme.Id)));
            }
        }

        var placed = answer.Themes.SelectMany(t => t.Administrations).SelectMany(a => a.Units).SelectMany(u => u.Goals).Count() + answer.GoalsWithoutTheme.Count;
        Assert.Equal(goals.Count, placed);
    }
}
