using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.Analyses;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Goals;
using GovernanceDialogue.Core.Features.Missions;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GovernanceDialogue.Core.Demo;

/// <summary>
/// Seeds the demo city into an empty database through the same commands the API uses, in one transaction: a crash
/// half-way leaves nothing, so the next start seeds again.
/// </summary>
public sealed class DemoCitySeeder(
    AppDbContext db, ISender sender, CurrentUser currentUser, DemoDialoguesSeeder dialogues, DemoSummariesSeeder summaries, DemoLearningSeeder learning,
    TimeProvider clock,
    ILogger<DemoCitySeeder> logger)
{
    /// <summary>Seeds the demo city when the database has no units; returns whether it did.</summary>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Units.AnyAsync(cancellationToken))
        {
            return false;
        }

        currentUser.SetSystem();
        var city = DemoCity.Load();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cityId = await CreateAsync(city.City, UnitKind.City, null, cancellationToken);
        foreach (var administration in city.Administrations)
        {
            var administrationId = await CreateAsync(administration, UnitKind.Administration, cityId, cancellationToken);
            foreach (var unit in administration.Units)
            {
                await CreateAsync(unit, UnitKind.Unit, administrationId, cancellationToken);
            }
        }

        await SeedGoalsAsync(cancellationToken);
        var units = await db.Units.ToDictionaryAsync(u => u.ShortCode, u => u.Id, cancellationToken);
        await dialogues.SeedAsync(units, cancellationToken);
        await summaries.SeedAsync(cancellationToken);
        await learning.SeedAsync(units, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded the demo city {City} with {Count} units", city.City.Name, city.AllUnits().Count());
        return true;
    }

    /// <summary>Fingers 2–4: the goal pictures (adopted and published), and per unit a completed analysis and its goals.</summary>
    private async Task SeedGoalsAsync(CancellationToken cancellationToken)
    {
        var demo = DemoGoals.Load().AsOf(clock.Today().Year);
        var units = await db.Units.ToDictionaryAsync(u => u.ShortCode, u => u.Id, cancellationToken);
        var themes = new Dictionary<string, Guid>();

        async Task PictureAsync(Guid unitId, DemoGoalPicture picture)
        {
            var inputs = picture.Themes.Select(t => new ThemeInput(null, t.Name, t.Description, t.CityTheme is null ? null : themes[t.CityTheme])).ToList();
            var created = await sender.Send(new CreateGoalPicture.Command(unitId, picture.Vision, picture.Narrative, inputs), cancellationToken);
            foreach (var (theme, dto) in picture.Themes.Zip(created.Themes))
            {
                themes[theme.Key] = dto.Id;
            }

            await sender.Send(new AdoptGoalPicture.Command(created.Id, picture.DecisionDate, picture.DecisionReference, null, null), cancellationToken);
            await sender.Send(new PublishGoalPicture.Command(created.Id, null), cancellationToken);
        }

        await PictureAsync(units[DemoCity.Load().City.ShortCode], demo.CityGoalPicture);
        foreach (var picture in demo.AdministrationGoalPictures)
        {
            await PictureAsync(units[picture.ShortCode!], picture);
        }

        foreach (var unit in demo.Units)
        {
            var unitId = units[unit.ShortCode];
            var a = unit.Analysis;
            var analysis = await sender.Send(new CreateAnalysis.Command(unitId, demo.Period), cancellationToken);
            await sender.Send(
                new UpdateAnalysis.Command(
                    unitId, analysis.Id, null, a.Strengths, a.Challenges, a.Risks, a.CitizenPerspective, a.EmployeePerspective, a.Equality.Groups,
                    a.Equality.Description, a.CollaborationNeeds),
                cancellationToken);
            var evidence = new List<Guid>();
            foreach (var o in a.Observations)
            {
                var observation = await sender.Send(
                    new AddObservation.Command(
                        unitId, analysis.Id, o.Title, o.Value, o.UnitOfMeasure, o.Period, o.Source, o.KoladaKpiId, o.Women, o.Men, o.ComparisonValue, o.ComparisonLabel),
                    cancellationToken);
                evidence.Add(observation.Id);
            }

            await sender.Send(new CompleteAnalysis.Command(unitId, analysis.Id, null), cancellationToken);
            foreach (var (goal, index) in unit.Goals.Select((g, i) => (g, i)))
            {
                await sender.Send(
                    new AddGoal.Command(
                        unitId, demo.Period, goal.Title, goal.Why, analysis.Id, index < evidence.Count ? [evidence[index]] : [],
                        goal.Themes.Select(k => themes[k]).ToList(), goal.Owner, goal.HowWeWillKnow, null),
                    cancellationToken);
            }
        }
    }

    private async Task<Guid> CreateAsync(DemoUnit demo, UnitKind kind, Guid? parentId, CancellationToken cancellationToken)
    {
        var unit = await sender.Send(
            new CreateUnit.Command(kind, demo.Name, demo.ShortCode, parentId, demo.ExternalId, demo.ValidFrom), cancellationToken);
        var mission = await sender.Send(new GetMission.Query(unit.Id), cancellationToken);
        var m = demo.Mission;
        await sender.Send(
            new SaveMissionDraft.Command(unit.Id, mission.Version, m.AssignmentText, m.PlainLanguageSummary, m.TargetGroups, m.Basis),
            cancellationToken);
        await sender.Send(new PublishMission.Command(unit.Id, null), cancellationToken);
        return unit.Id;
    }
}
