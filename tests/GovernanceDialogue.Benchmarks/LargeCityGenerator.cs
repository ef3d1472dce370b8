using System.Diagnostics;
using System.Text.Json;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Summaries;
using GovernanceDialogue.Core.Persistence;
using Microsoft.AspNetCore.Identity;
using static GovernanceDialogue.Benchmarks.CityGenerator;

namespace GovernanceDialogue.Benchmarks;

/// <summary>
/// How big the large city of issue 8 is: 1 city, 40 administrations, 2,000 units and ten years of history with two
/// city-wide cycles a year (40,000 dialogues), 5 goals per unit and year, 3 agreements per held dialogue, an analysis
/// with observations and a lesson per unit and year, and the published summaries of every closed cycle.
/// </summary>
public sealed record LargeCityShape
{
    public int Administrations { get; init; } = 40;

    public int UnitsPerAdministration { get; init; } = 50;

    /// <summary>Units in a section: a section head directly under the administration and the units under it.</summary>
    public int SectionSize { get; init; } = 10;

    public int Years { get; init; } = 10;

    public int GoalsPerUnitAndYear { get; init; } = 5;

    public int AgreementsPerDialogue { get; init; } = 3;

    public int ObservationsPerAnalysis { get; init; } = 3;

    /// <summary>The last year of history: its autumn cycle is the open one; its goals are the active ones.</summary>
    public int LastYear { get; init; } = DateTime.UtcNow.Year;

    public int Seed { get; init; } = 20260801;

    public int Units => Administrations * UnitsPerAdministration;

    public int Cycles => Years * 2;
}

/// <summary>What the load benchmark needs to know about the generated large city: ids to ask for, and how to sign in.</summary>
public sealed record LargeCity(
    Guid CityId, Guid AdministrationId, Guid UnitId, Guid OpenCycleId, Guid LastClosedCycleId, Guid CitySummaryId, string TokenSecret,
    string ExecutiveEmail, string ExecutivePassword, IReadOnlyDictionary<string, long> Rows, TimeSpan Elapsed)
{
    public string RowSummary => string.Join(", ", Rows.Select(r => FormattableString.Invariant($"{r.Key} {r.Value:N0}")));
}

/// <summary>
/// Writes the large city deterministically (the same seed and last year give the same rows and ids) into a migrated,
/// empty database by binary COPY, the way the app's slices would leave the rows. The ids of what the load benchmark
/// reads, a read token over the city and a signed-in executive of the first administration are in the result.
/// </summary>
/// <remarks>
/// The token's secret and the executive's password are fixed and printed: this database is for measuring only.
/// Every cycle is city-wide and opens on 1 February or 1 September; all but the last are closed. Agreements made in
/// one cycle are followed up in the unit's next dialogue; those of the last two cycles are partly still open.
/// </remarks>
public sealed class LargeCityGenerator(string connectionString, LargeCityShape shape)
{
    /// <summary>A read token over the whole city (<c>gd_</c> and 43 characters, as issued ones are).</summary>
    public const string TokenSecret = "gd_benchmarkLargeCityReadToken0000000000000000";
    public const string ExecutiveEmail = "executive@benchby.example";
    public const string ExecutivePassword = "benchmark-password-large-city";
    public const string SearchTerm = "sjukfrånvaro";

    private static readonly string[] AdministrationKinds =
    [
        "Kultur- och fritids", "Utbildnings", "Social", "Äldre", "Förskole", "Stadsbyggnads", "Miljö", "Arbetsmarknads", "Service", "Trafik",
    ];

    private static readonly string[] AnalysisSentences =
    [
        "Personalomsättningen har minskat och fler stannar längre än ett år.", "Sjukfrånvaron är fortfarande högre än i jämförbara verksamheter.",
        "Brukarna ger oss höga betyg för bemötandet men lägre för tillgängligheten.", "Lokalerna är slitna och räcker inte till när verksamheten växer.",
        "Vi har svårt att rekrytera legitimerad personal, särskilt till kvällar och helger.", "Samverkan med skolan och socialtjänsten har blivit bättre under året.",
        "Flickor och pojkar använder våra tjänster olika mycket, och skillnaden har ökat.", "De digitala systemen tar tid från kärnuppdraget.",
        "Medarbetarna upplever att de har inflytande över hur arbetet planeras.", "Invånare i de norra stadsdelarna når oss sämre än andra.",
    ];

    private readonly Random random = new(shape.Seed);

    public static DateOnly CycleOpens(int year, bool autumn) => new(year, autumn ? 9 : 2, 1);

    public async Task<LargeCity> GenerateAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var tables = await CityTables.OpenAsync(connectionString, cancellationToken);
        var template = await tables.DefaultTemplateAsync(cancellationToken);
        var firstYear = shape.LastYear - shape.Years + 1;
        var createdAt = At(new DateOnly(firstYear - 1, 12, 1));
        var validFrom = new DateOnly(firstYear - 1, 1, 1);

        // The organisation: city → 40 administrations → sections of 10 (a head and 9 units under it).
        var units = new List<UnitRow>();
        var cityId = Id(Tag.Unit, 0);
        units.Add(new UnitRow(cityId, "City", CityName, "LARGE", null, $"/{cityId:N}/", validFrom));
        var number = 0;
        for (var a = 0; a < shape.Administrations; a++)
        {
            var adminId = Id(Tag.Unit, units.Count);
            var adminPath = $"/{cityId:N}/{adminId:N}/";
            units.Add(new UnitRow(
                adminId, "Administration", $"{AdministrationKinds[a % AdministrationKinds.Length]}förvaltningen {(a / AdministrationKinds.Length) + 1}", $"A{a + 1:00}", cityId,
                adminPath, validFrom));
            var remaining = shape.UnitsPerAdministration;
            while (remaining > 0)
            {
                var size = Math.Min(shape.SectionSize, remaining);
                remaining -= size;
                (Guid Id, string Path) head = default;
                for (var i = 0; i < size; i++)
                {
                    number++;
                    var id = Id(Tag.Unit, units.Count);
                    var (parent, parentPath) = i == 0 ? (adminId, adminPath) : (head.Id, head.Path);
                    var path = $"{parentPath}{id:N}/";
                    units.Add(new UnitRow(id, "Unit", $"{Pick(Places)}{Pick(Kinds)} {number}", $"U{number:00000}", parent, path, validFrom));
                    if (i == 0)
                    {
                        head = (id, path);
                    }
                }
            }
        }

        var workUnits = units.Where(u => u.Kind == "Unit").ToList();
        var administrationIds = units.Where(u => u.Kind == "Administration").Select(u => u.Id).ToList();
        var administrationOf = workUnits.ToDictionary(u => u.Id, u => Guid.ParseExact(u.Path.Split('/')[2], "N"));
        await tables.UnitsAsync(units, cancellationToken);

        // A manager for every unit, an executive for the city and each administration; the first administration's
        // executive can sign in (the load benchmark reads a unit's record as that person).
        var people = workUnits.Select(u => (UserId: Guid.Empty, Role: "UnitManager", UnitId: u.Id, Name: $"Chef {u.Name}"))
            .Concat(units.Where(u => u.Kind != "Unit").Select(u => (UserId: Guid.Empty, Role: "Executive", UnitId: u.Id, Name: $"Direktör {u.Name}")))
            .Select((p, i) => p with { UserId = Id(Tag.User, i) }).ToList();
        var signedIn = people.Single(p => p.Role == "Executive" && p.UnitId == administrationIds[0]).UserId;
        var passwordHash = new PasswordHasher<AppUser>().HashPassword(null!, ExecutivePassword);
        await tables.UsersAsync(
            people.Select(p => p.UserId == signedIn
                ? new UserRow(p.UserId, p.Name, ExecutiveEmail, passwordHash, createdAt)
                : new UserRow(p.UserId, p.Name, UserEmail(p.UserId), null, createdAt)),
            cancellationToken);
        await tables.RoleAssignmentsAsync(people.Select((p, i) => new RoleAssignmentRow(Id(Tag.RoleAssignment, i), p.UserId, p.Role, p.UnitId, createdAt)), cancellationToken);
        await tables.ApiTokensAsync(
            [new ApiTokenRow(Id(Tag.Token, 0), "Load benchmark (read)", nameof(TokenScopes.Read), cityId, TokenSecret, createdAt, DateTimeOffset.UtcNow.AddDays(700))],
            cancellationToken);

        // Missions: every unit has published two versions; the current one is the second.
        string[] targetGroups = ["Invånare", "Barn och unga"];
        const string basis = "Reglemente och verksamhetsplan";
        static string MissionSummary(UnitRow unit) => $"{unit.Name} finns till för invånarna i sitt område.";
        await tables.MissionVersionsAsync(
            units.SelectMany(u => new[] { 1, 2 }.Select(n => (u, n))).Select((x, i) => new MissionVersionRow(
                Id(Tag.MissionVersion, i), x.u.Id, x.n, MissionText(x.u.Name, x.n), MissionSummary(x.u), targetGroups, basis, At(new DateOnly(firstYear - 1 + (x.n * 4), 1, 15)))),
            cancellationToken);
        await tables.MissionsAsync(
            units.Select(u => new MissionRow(u.Id, MissionText(u.Name, 2), MissionSummary(u), targetGroups, basis, At(new DateOnly(firstYear + 7, 1, 15)), 2, false)),
            cancellationToken);

        // The city's published goal picture and its themes.
        var pictureId = Id(Tag.GoalPicture, 0);
        var themeIds = ThemeNames.Select((_, i) => Id(Tag.Theme, i)).ToArray();
        await tables.GoalPicturesAsync([new GoalPictureRow(pictureId, cityId, "Staden som vill och vågar: trygg, jämlik och hållbar.", createdAt)], cancellationToken);
        await tables.ThemesAsync(themeIds.Select((id, i) => new ThemeRow(pictureId, id, ThemeNames[i], i + 1)), cancellationToken);

        // Goals: 5 a unit and year, ranked; the last year's active, earlier ones achieved (a few dropped).
        var years = Enumerable.Range(firstYear, shape.Years).ToList();
        var goalSets = years.SelectMany(y => workUnits.Select(u => (UnitId: u.Id, Year: y)))
            .Select((s, i) => new GoalSetRow(Id(Tag.GoalSet, i), s.UnitId, s.Year, At(new DateOnly(s.Year - 1, 12, 1)))).ToList();
        var goals = goalSets.SelectMany(s => Enumerable.Range(1, shape.GoalsPerUnitAndYear).Select(rank => (Set: s, Rank: rank)))
            .Select((g, i) =>
            {
                var active = g.Set.Period == shape.LastYear;
                var status = active ? "Active" : random.Next(20) == 0 ? "Dropped" : "Achieved";
                var themes = random.Next(10) == 0 ? Array.Empty<Guid>() : [themeIds[random.Next(themeIds.Length)]];
                return new GoalRow(
                    Id(Tag.Goal, i), g.Set.Id, g.Set.UnitId, g.Set.Period, Pick(GoalTitles), themes, status == "Dropped" ? null : g.Rank, status,
                    At(new DateOnly(g.Set.Period - 1, 12, 1)), active ? null : At(new DateOnly(g.Set.Period, 12, 15)));
            }).ToList();
        await tables.GoalSetsAsync(goalSets, cancellationToken);
        await tables.GoalsAsync(goals, cancellationToken);

        // Analyses, completed, with observations: one a unit and year.
        var analyses = goalSets.Select((s, i) => (Id: Id(Tag.Analysis, i), s.UnitId, Year: s.Period)).ToList();
        await tables.AnalysesAsync(
            analyses.Select(a => new AnalysisRow(
                a.Id, a.UnitId, a.Year, "Completed", Sentences(2), Sentences(2), Sentences(2), Sentences(2), Sentences(2), ["Gender", "Area"], Sentences(2), Sentences(1),
                At(new DateOnly(a.Year - 1, 11, 20)), At(new DateOnly(a.Year - 1, 11, 30)))),
            cancellationToken);
        string[] kpis = ["N15033", "U23471", "N00945"];
        await tables.ObservationsAsync(
            analyses.SelectMany(a => Enumerable.Range(0, shape.ObservationsPerAnalysis).Select(k => (a, k))).Select((x, i) =>
            {
                var value = 40m + random.Next(0, 500) / 10m;
                var kpi = kpis[x.k % kpis.Length];
                return new ObservationRow(
                    Id(Tag.Observation, i), x.a.Id, $"Nyckeltal {kpi}", value, "%", (x.a.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "Kolada", kpi,
                    value + 2, value - 2, 55m, "Riket");
            }),
            cancellationToken);

        // The cycles: two a year, city-wide; all closed but the last, which is open.
        var cycles = years.SelectMany(y => new[] { false, true }.Select(autumn => (Year: y, Autumn: autumn)))
            .Select((c, i) => (Id: Id(Tag.Cycle, i), c.Year, Opens: CycleOpens(c.Year, c.Autumn), Name: $"{(c.Autumn ? "Höst" : "Vår")} {c.Year}", Index: i))
            .ToList();
        var lastIndex = cycles.Count - 1;
        await tables.CyclesAsync(
            cycles.Select(c => c.Index != lastIndex
                ? new CycleRow(c.Id, cityId, c.Name, template.TemplateId, template.VersionId, "Closed", c.Opens, c.Opens.AddDays(80), At(c.Opens.AddDays(80)))
                : new CycleRow(c.Id, cityId, c.Name, template.TemplateId, template.VersionId, "Open", c.Opens, c.Opens.AddDays(140), null)),
            cancellationToken);

        // Dialogues: one per unit and cycle. Closed cycles end as real ones do (most closed, some held or only
        // submitted, a few never submitted); in the open one preparation and meetings are under way.
        var dialogues = cycles.SelectMany(c => workUnits.Select(u => (Cycle: c, UnitId: u.Id))).Select((d, i) =>
        {
            var roll = random.Next(100);
            var status = d.Cycle.Index == lastIndex
                ? roll < 40 ? "Preparing" : roll < 70 ? "Submitted" : "Held"
                : roll < 80 ? "Closed" : roll < 90 ? "Held" : roll < 96 ? "Submitted" : "Preparing";
            return (Id: Id(Tag.Dialogue, i), d.Cycle, d.UnitId, Status: status, HeldOn: d.Cycle.Opens.AddDays(30 + (i % 40)));
        }).ToList();
        await tables.DialoguesAsync(
            dialogues.Select(d =>
            {
                var open = d.Cycle.Index == lastIndex;
                var submitted = d.Status != "Preparing";
                var answered = submitted ? 0.9 : 0.3;
                var answers = TextQuestions.Where(_ => random.NextDouble() < answered).Select(key => new DialogueAnswer(key, DialogueTexts.Answer(random, key))).ToList();
                return new DialogueRow(
                    d.Id, d.Cycle.Id, d.UnitId, template.VersionId, d.Status, JsonSerializer.Serialize(answers, JsonColumn.Options), d.Cycle.Opens, d.HeldOn,
                    !open && d.Status != "Closed", !submitted && !open ? d.Cycle.Opens.AddDays(29) : null);
            }),
            cancellationToken);

        // The year's goals in each of its two dialogues, assessed.
        var goalsOf = goals.Where(g => g.Status != "Dropped").ToLookup(g => (g.UnitId, g.Period));
        string[] assessments = ["OnTrack", "Uncertain", "OffTrack"];
        await tables.DialogueGoalsAsync(
            dialogues.SelectMany(d => goalsOf[(d.UnitId, d.Cycle.Year)].Select(g => (d, g))).Select(x =>
            {
                var assessed = x.d.Status != "Preparing" || random.Next(2) == 0;
                var assessment = assessments[random.Next(assessments.Length)];
                var narratives = DialogueTexts.GoalNarratives[assessment];
                var withNarrative = assessed && random.Next(10) < 7;
                var narrative = narratives[random.Next(narratives.Length)];
                return new DialogueGoalRow(x.d.Id, x.g.Id, x.g.Title, x.g.Rank!.Value, assessed ? assessment : null, withNarrative ? narrative : null);
            }),
            cancellationToken);

        // Three agreements in every held dialogue. Those of the last two cycles are partly open; older ones settled.
        var agreements = dialogues.Where(d => d.Status is "Held" or "Closed")
            .SelectMany(d => Enumerable.Range(0, shape.AgreementsPerDialogue).Select(_ => d))
            .Select((d, i) =>
            {
                var roll = random.Next(10);
                var status = d.Cycle.Index >= lastIndex - 1 ? roll < 6 ? "Open" : roll < 9 ? "Done" : "Dropped" : roll < 8 ? "Done" : "Dropped";
                return (Id: Id(Tag.Agreement, i), Dialogue: d, Text: Pick(AgreementTexts), Side: random.Next(4) == 0 ? "Leadership" : "Unit", Status: status);
            }).ToList();
        await tables.AgreementsAsync(
            agreements.Select(a => new AgreementRow(a.Id, a.Dialogue.UnitId, a.Dialogue.Id, a.Dialogue.Cycle.Id, a.Text, a.Side, a.Status, a.Dialogue.HeldOn)),
            cancellationToken);

        // Each dialogue follows up the agreements its unit made in the cycle before.
        var dialogueOf = dialogues.ToDictionary(d => (d.UnitId, d.Cycle.Index), d => d.Id);
        await tables.FollowUpsAsync(
            agreements.Where(a => a.Dialogue.Cycle.Index < lastIndex).Select(a => new FollowUpRow(
                dialogueOf[(a.Dialogue.UnitId, a.Dialogue.Cycle.Index + 1)], a.Id, "Vi har kommit en bit på väg och fortsätter under hösten.")),
            cancellationToken);

        // A lesson a unit and year, from its autumn dialogue: most shared with the organisation, some public.
        var autumnDialogues = dialogues.Where(d => d.Cycle.Index % 2 == 1 && d.Status is "Held" or "Closed").ToList();
        await tables.LessonsAsync(
            autumnDialogues.Select((d, i) =>
            {
                var roll = random.Next(10);
                return new LessonRow(
                    Id(Tag.Lesson, i), d.UnitId, d.Id, $"Det vi lärde oss om {Pick(GoalTitles).ToLowerInvariant()}", Sentences(2), Sentences(1), Sentences(1), Sentences(2),
                    ["arbetsmiljö", "samverkan"], roll < 7 ? "Organisation" : roll < 9 ? "Public" : "UnitAndLeadership", roll == 0, "Shared", At(d.HeldOn),
                    At(d.HeldOn.AddDays(7)));
            }),
            cancellationToken);

        // Every closed cycle's figures (rollups) and published summaries, for the city and each administration.
        var scopes = new[] { (Id: cityId, Name: CityName) }.Concat(units.Where(u => u.Kind == "Administration").Select(u => (u.Id, u.Name))).ToList();
        var closedCycles = cycles.Where(c => c.Index != lastIndex).ToList();
        var perScope = closedCycles.SelectMany(c => scopes.Select(s => (Cycle: c, Scope: s))).Select((x, i) => (x.Cycle, x.Scope, Index: i, Facts: Facts(x.Scope.Id == cityId ? shape.Units : shape.UnitsPerAdministration, themeIds))).ToList();
        await tables.RollupsAsync(perScope.Select(r => new RollupRow(Id(Tag.Rollup, r.Index), r.Cycle.Id, r.Scope.Id, r.Facts, At(r.Cycle.Opens.AddDays(80)))), cancellationToken);
        var summaryOf = perScope.ToDictionary(r => r.Index, r => SummaryContent(r.Cycle.Name, r.Cycle.Opens, r.Scope.Name, r.Facts, r.Scope.Id == cityId ? scopes.Skip(1).ToList() : []));
        await tables.SummariesAsync(
            perScope.Select(r =>
            {
                var (facts, narrative, highlights) = summaryOf[r.Index];
                return new SummaryRow(
                    Id(Tag.Summary, r.Index), r.Cycle.Id, r.Scope.Id, facts, At(r.Cycle.Opens.AddDays(85)), narrative, highlights, "[]", At(r.Cycle.Opens.AddDays(88)), 1, false);
            }),
            cancellationToken);
        await tables.SummaryVersionsAsync(
            perScope.Select(r =>
            {
                var (facts, narrative, highlights) = summaryOf[r.Index];
                return new SummaryVersionRow(Id(Tag.SummaryVersion, r.Index), Id(Tag.Summary, r.Index), 1, facts, narrative, highlights, "[]", At(r.Cycle.Opens.AddDays(90)));
            }),
            cancellationToken);

        await tables.VacuumAnalyzeAsync(cancellationToken);

        // What the load benchmark reads: the first administration, the first unit in it, the open cycle, and the
        // city's summary of the last closed cycle.
        var lastClosed = closedCycles[^1];
        var citySummary = perScope.Single(r => r.Cycle.Id == lastClosed.Id && r.Scope.Id == cityId);
        var unitId = workUnits.First(u => administrationOf[u.Id] == administrationIds[0]).Id;
        return new LargeCity(
            cityId, administrationIds[0], unitId, cycles[lastIndex].Id, lastClosed.Id, Id(Tag.Summary, citySummary.Index), TokenSecret, ExecutiveEmail,
            ExecutivePassword, tables.Rows, stopwatch.Elapsed);
    }

    private enum Tag
    {
        Unit = 0x101,
        User,
        RoleAssignment,
        Token,
        MissionVersion,
        GoalPicture,
        Theme,
        GoalSet,
        Goal,
        Analysis,
        Observation,
        Cycle,
        Dialogue,
        Agreement,
        Lesson,
        Rollup,
        Summary,
        SummaryVersion,
    }

    /// <summary>Deterministic ids that sort by creation order within a table, like the app's version-7 ids.</summary>
    private static Guid Id(Tag tag, int index) => Guid.Parse($"{(int)tag:x8}-0000-7000-8000-{index:x12}");

    private static string MissionText(string name, int version) =>
        $"{name} ger invånarna den service som nämnden har beslutat om, med fokus på trygghet, delaktighet och likvärdighet. "
        + (version == 1 ? "Vi arbetar nära andra verksamheter i området." : "Vi arbetar nära andra verksamheter i området och följer upp det vi gör tillsammans med dem vi är till för.");

    private string Pick(string[] words) => words[random.Next(words.Length)];

    private string Sentences(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Pick(AnalysisSentences)));

    private CycleFacts Facts(int units, Guid[] themeIds)
    {
        var goals = units * 5;
        var onTrack = goals * random.Next(40, 60) / 100;
        var offTrack = goals * random.Next(10, 25) / 100;
        var themes = themeIds.Select((id, i) => new ThemeAssessments(id, ThemeNames[i], onTrack / themeIds.Length, (goals - onTrack - offTrack) / themeIds.Length, offTrack / themeIds.Length))
            .ToList();
        var made = units * 3 * 9 / 10;
        return new CycleFacts(units, units * 4 / 100, units * 6 / 100, units / 10, units * 80 / 100, units * 4 / 100, themes, made, made / 4, made, made * 8 / 10, made / 5, 0);
    }

    /// <summary>The facts, narrative and highlights (as stored, JSON) of a published summary.</summary>
    private (string Facts, string Narrative, string Highlights) SummaryContent(string cycleName, DateOnly opens, string scopeName, CycleFacts figures, IReadOnlyList<(Guid Id, string Name)> parts)
    {
        var facts = new SummaryFacts(
            cycleName, opens, opens.AddDays(80), scopeName, figures,
            [new RecurringTopic("sjukfrånvaro", figures.Dialogues / 3), new RecurringTopic("rekrytering", figures.Dialogues / 4), new RecurringTopic("lokaler", figures.Dialogues / 6)],
            [new RecurringTopic("kompetensförsörjning", figures.Dialogues / 5), new RecurringTopic("system", figures.Dialogues / 8)],
            figures.Dialogues / 4, figures.Dialogues / 10,
            parts.Select(p => new PartFigures(p.Id, p.Name, shape.UnitsPerAdministration, shape.UnitsPerAdministration * 9 / 10, random.Next(100, 140), 250, 135, 100)).ToList(),
            []);
        var narrative = $"{scopeName} höll {figures.Dialogues:N0} verksamhetsdialoger under {cycleName}. " + Sentences(4);
        return (JsonSerializer.Serialize(facts, JsonColumn.Options), narrative, JsonSerializer.Serialize(new[] { Sentences(1), Sentences(1), Sentences(1) }, JsonColumn.Options));
    }
}

/// <summary>The large city's facts load.sh needs, as shell-readable <c>KEY=value</c> lines.</summary>
public static class LargeCityIds
{
    public static IEnumerable<string> Lines(BenchDatabase database, LargeCity city) =>
    [
        $"GD_DATABASE={database.Name}",
        $"GD_CONNECTION='{database.ConnectionString}'",
        $"GD_CITY={city.CityId}",
        $"GD_ADMINISTRATION={city.AdministrationId}",
        $"GD_UNIT={city.UnitId}",
        $"GD_OPEN_CYCLE={city.OpenCycleId}",
        $"GD_CLOSED_CYCLE={city.LastClosedCycleId}",
        $"GD_CITY_SUMMARY={city.CitySummaryId}",
        $"GD_TOKEN={city.TokenSecret}",
        $"GD_EXECUTIVE_EMAIL={city.ExecutiveEmail}",
        $"GD_EXECUTIVE_PASSWORD={city.ExecutivePassword}",
        $"GD_SEARCH={LargeCityGenerator.SearchTerm}",
        FormattableString.Invariant($"GD_GENERATED_SECONDS={city.Elapsed.TotalSeconds:0.0}"),
        $"GD_ROWS='{city.RowSummary}'",
    ];
}
