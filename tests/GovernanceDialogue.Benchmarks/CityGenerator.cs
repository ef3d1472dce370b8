using System.Diagnostics;
using System.Text.Json;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;

namespace GovernanceDialogue.Benchmarks;

/// <summary>
/// How big the generated city is. The default is the city of issue 5: 2,000 units in ten administrations, one of them
/// with exactly 200 units. Later benchmarks grow it (more years of history, more users) by adding fields here.
/// </summary>
public sealed record CityShape
{
    /// <summary>Units per administration; the first is the administration whose overview is measured.</summary>
    public IReadOnlyList<int> AdministrationSizes { get; init; } = [200, 420, 310, 260, 180, 150, 140, 120, 120, 100];

    /// <summary>Units in a section: a section head directly under the administration and the units under it.</summary>
    public int SectionSize { get; init; } = 10;

    public int MinGoalsPerUnit { get; init; } = 3;

    public int MaxGoalsPerUnit { get; init; } = 5;

    /// <summary>Agreements each unit made in the previous (closed) cycle; some are still open and carry over.</summary>
    public int MinAgreementsPerUnit { get; init; } = 1;

    public int MaxAgreementsPerUnit { get; init; } = 3;

    /// <summary>The year of the measured cycles; the previous year's goals are history (achieved).</summary>
    public int Year { get; init; } = 2027;

    public int Seed { get; init; } = 20270901;

    /// <summary>
    /// Whether the closed spring cycle is one a summary is written from (issue 6): its dialogues in the states a cycle
    /// closes with (most closed or held, some only submitted, a few never submitted), with written answers to the
    /// default template's text questions (<see cref="DialogueTexts"/>), goal narratives, goals under the themes of
    /// the city's goal picture, and earlier closed cycles whose figures the trend reads. Off for issue 5: its data
    /// stays exactly as it was measured (every spring dialogue closed, one placeholder answer).
    /// </summary>
    public bool WithDialogueContent { get; init; }

    /// <summary>Closed city cycles before the spring one, as their prepared figures (rollups) only; with dialogue content.</summary>
    public int EarlierCycles { get; init; } = 3;

    public int UnitCount => AdministrationSizes.Sum();
}

/// <summary>A passage of a submitted answer that a summary may quote word for word.</summary>
public sealed record QuotablePassage(Guid DialogueId, string QuestionKey, string Text);

/// <summary>What was generated, for the measurements to refer to.</summary>
/// <param name="Executives">The executive (user id) of the city and of each administration, by unit id.</param>
/// <param name="Quotable">With dialogue content: passages of closed dialogues' answers a summary may quote.</param>
/// <param name="Content">With dialogue content: what the spring cycle's dialogues hold, in a few words.</param>
public sealed record GeneratedCity(
    CityShape Shape, Guid CityId, IReadOnlyList<Guid> AdministrationIds, IReadOnlyDictionary<Guid, Guid> Executives, Guid PreviousCycleId,
    IReadOnlyDictionary<string, long> Rows, TimeSpan Elapsed, IReadOnlyList<QuotablePassage> Quotable, string? Content)
{
    public int Units => Shape.UnitCount;

    /// <summary>The administration whose overview issue 5 asks about (the first, 200 units by default).</summary>
    public Guid MeasuredAdministrationId => AdministrationIds[0];

    public int MeasuredAdministrationUnits => Shape.AdministrationSizes[0];

    /// <summary>The largest administration: the same overview there must not take more queries.</summary>
    public int LargestAdministrationIndex => Shape.AdministrationSizes.Select((size, i) => (size, i)).Max().i;

    public string RowSummary => string.Join(", ", Rows.Select(r => FormattableString.Invariant($"{r.Key} {r.Value:N0}")));
}

/// <summary>
/// Writes a city deterministically (same seed, same rows, same ids) into a migrated, empty database with binary COPY:
/// the organisation tree, a manager for every unit and an executive for the city and each administration, 3–5 active
/// goals per unit for the year (and the previous year's, achieved), and a closed spring cycle whose held dialogues
/// left agreements behind — the open ones are what the next cycle carries over. With
/// <see cref="CityShape.WithDialogueContent"/> the spring cycle is also one to summarise: written answers, goal
/// narratives and themes, dialogues in every state a cycle closes with, and earlier cycles' figures.
/// </summary>
/// <remarks>
/// The rows are written the way the app's own slices would leave them (statuses, paths, normalised names), but in
/// bulk (<see cref="CityTables"/>, which the large city's generator shares): generating through the commands would
/// take minutes and measure nothing of interest. The app's rules that the data must satisfy are the schema's
/// (constraints, unique keys) and the slices' (paths, one goal set per unit and period, active goals ranked 1..n).
/// The word lists and helpers marked internal are shared with <see cref="LargeCityGenerator"/>.
/// </remarks>
public sealed class CityGenerator(string connectionString, CityShape shape)
{
    public const string CityName = "Benchby stad";
    public const string By = "Benchmark generator";

    private static readonly string[] AdministrationNames =
    [
        "Kultur- och fritidsförvaltningen", "Utbildningsförvaltningen", "Socialförvaltningen", "Äldreförvaltningen",
        "Förskoleförvaltningen", "Stadsbyggnadsförvaltningen", "Miljöförvaltningen", "Arbetsmarknadsförvaltningen",
        "Serviceförvaltningen", "Trafikförvaltningen", "Fastighetsförvaltningen", "Idrottsförvaltningen",
    ];

    internal static readonly string[] Places =
    [
        "Ek", "Björk", "Lind", "Al", "Rönn", "Asp", "Gran", "Tall", "Hassel", "Lönn", "Sälg", "Hägg", "Sjö", "Berg", "Dal", "Ängs",
        "Hag", "Back", "Kvarn", "Bro", "Strand", "Skogs", "Väster", "Öster", "Norr", "Söder", "Ljung", "Mo", "Ås", "Vik",
    ];

    internal static readonly string[] Kinds =
    [
        "skolan", "förskolan", "biblioteket", "gården", "boendet", "hemtjänsten", "fritidsgården", "simhallen", "parken",
        "mottagningen", "kontoret", "verkstaden", "enheten", "centret", "teamet",
    ];

    internal static readonly string[] GoalTitles =
    [
        "Fler elever når kunskapsmålen", "Tryggare utemiljö", "Kortare väntetider", "Lägre sjukfrånvaro", "Fler besökare",
        "Bättre bemötande", "Minskad energianvändning", "Fler unga i arbete", "Ökad delaktighet", "Snabbare handläggning",
        "Fler läsande barn", "Bättre kontinuitet i hemtjänsten", "Färre avbrutna insatser", "Mer rörelse i vardagen",
    ];

    internal static readonly string[] AgreementTexts =
    [
        "Ta fram en plan för kompetensförsörjning", "Följa upp sjukfrånvaron varje månad", "Ordna medarbetardialog om arbetsmiljön",
        "Se över schemaläggningen", "Samverka med socialtjänsten om tidiga insatser", "Utreda lokalbehovet", "Rapportera läget till ledningen",
    ];

    /// <summary>The themes of the city's goal picture (with dialogue content): the goals' assessments are counted per theme.</summary>
    internal static readonly string[] ThemeNames =
    [
        "Trygg uppväxt och lärande", "Jämlik hälsa och omsorg", "Arbete och egen försörjning", "Hållbar och levande stad", "Attraktiv arbetsgivare",
    ];

    /// <summary>The question keys units write text to, in the default template's order.</summary>
    internal static readonly string[] TextQuestions = DefaultTemplate.Questions.Where(q => q.Kind == QuestionKind.Text).Select(q => q.Key).ToArray();

    /// <summary>When the generated units began (the issue-5 city's units are all older than its history).</summary>
    private static readonly DateOnly ValidFrom = new(2020, 1, 1);

    private readonly Random random = new(shape.Seed);

    // The dialogue content draws from its own sequence, so turning it on changes none of issue 5's rows.
    private readonly Random content = new(shape.Seed + 6);

    /// <summary>The date the previous (spring) cycle opened; everything generated is dated relative to it.</summary>
    public static DateOnly SpringOpens(CityShape shape) => new(shape.Year, 2, 1);

    public async Task<GeneratedCity> GenerateAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var tables = await CityTables.OpenAsync(connectionString, cancellationToken);
        var template = await tables.DefaultTemplateAsync(cancellationToken);

        var spring = SpringOpens(shape);
        var createdAt = At(new DateOnly(shape.Year - 1, 12, 1));
        var units = Organisation();
        var cityId = units[0].Id;
        var administrations = units.Where(u => u.Kind == "Administration").ToList();
        var workUnits = units.Where(u => u.Kind == "Unit").ToList();
        await tables.UnitsAsync(units, cancellationToken);

        // A manager for every unit; an executive for the city and for each administration.
        var people = new List<(Guid UserId, string Role, Guid UnitId, string Name)>();
        foreach (var unit in workUnits)
        {
            people.Add((Id(Tag.User, people.Count), "UnitManager", unit.Id, $"Chef {unit.Name}"));
        }

        foreach (var leader in units.Where(u => u.Kind != "Unit"))
        {
            people.Add((Id(Tag.User, people.Count), "Executive", leader.Id, $"Direktör {leader.Name}"));
        }

        await tables.UsersAsync(people.Select(p => new UserRow(p.UserId, p.Name, UserEmail(p.UserId), null, createdAt)), cancellationToken);
        await tables.RoleAssignmentsAsync(people.Select((p, i) => new RoleAssignmentRow(Id(Tag.RoleAssignment, i), p.UserId, p.Role, p.UnitId, createdAt)), cancellationToken);

        // Goals: this year's are active and ranked (they go into the new cycle's dialogues); last year's are achieved.
        var goalSets = new List<GoalSetRow>();
        var goals = new List<GoalRow>();
        var themeIds = shape.WithDialogueContent ? ThemeNames.Select((_, i) => Id(Tag.Theme, i)).ToArray() : [];
        foreach (var period in new[] { shape.Year - 1, shape.Year })
        {
            foreach (var unit in workUnits)
            {
                var set = new GoalSetRow(Id(Tag.GoalSet, goalSets.Count), unit.Id, period, createdAt);
                goalSets.Add(set);
                var count = random.Next(shape.MinGoalsPerUnit, shape.MaxGoalsPerUnit + 1);
                for (var rank = 1; rank <= count; rank++)
                {
                    var active = period == shape.Year;
                    goals.Add(new GoalRow(
                        Id(Tag.Goal, goals.Count), set.Id, unit.Id, period, Pick(GoalTitles), Themes(themeIds), active ? rank : null, active ? "Active" : "Achieved",
                        At(new DateOnly(period - 1, 12, 1)), active ? null : At(new DateOnly(period, 12, 15))));
                }
            }
        }

        await tables.GoalSetsAsync(goalSets, cancellationToken);
        await tables.GoalsAsync(goals, cancellationToken);

        if (shape.WithDialogueContent)
        {
            // The city's published goal picture and its themes: the goals are counted under them.
            var pictureId = Id(Tag.GoalPicture, 0);
            await tables.GoalPicturesAsync([new GoalPictureRow(pictureId, cityId, "En trygg, jämlik och hållbar stad där alla kan växa.", createdAt)], cancellationToken);
            await tables.ThemesAsync(themeIds.Select((id, i) => new ThemeRow(pictureId, id, ThemeNames[i], i + 1)), cancellationToken);
        }

        // The spring cycle: opened, every dialogue held and closed, agreements made; then the cycle closed. With
        // dialogue content, the dialogues end in the states a real cycle closes with.
        var previousCycleId = Id(Tag.Cycle, 0);
        await tables.CyclesAsync(
            [new CycleRow(previousCycleId, cityId, $"Vår {shape.Year}", template.TemplateId, template.VersionId, "Closed", spring, spring.AddDays(80), At(spring.AddDays(80)))],
            cancellationToken);

        var dialogues = workUnits.Select((u, i) => new SpringDialogue(Id(Tag.Dialogue, i), u.Id, spring.AddDays(30 + (i % 40)), SpringStatus(), null)).ToList();
        dialogues = dialogues.Select(d => d with { Answers = SpringAnswers(d.Status) }).ToList();
        await tables.DialoguesAsync(
            dialogues.Select(d => new DialogueRow(
                d.Id, previousCycleId, d.UnitId, template.VersionId, d.Status, d.Answers ?? """[{"key":"reflection","text":"Vi har kommit en bit på väg."}]""", spring,
                d.HeldOn, d.Status != "Closed", d.Status == "Preparing" ? spring.AddDays(29) : null)),
            cancellationToken);

        var dialogueOfUnit = dialogues.ToDictionary(d => d.UnitId);
        var assessments = new[] { "OnTrack", "Uncertain", "OffTrack" };
        await tables.DialogueGoalsAsync(
            goals.Where(g => g.Status == "Active").Select(g =>
            {
                var dialogue = dialogueOfUnit[g.UnitId];
                var assessment = assessments[random.Next(assessments.Length)];
                if (!shape.WithDialogueContent)
                {
                    return new DialogueGoalRow(dialogue.Id, g.Id, g.Title, g.Rank!.Value, assessment, null);
                }

                // A dialogue never submitted may have goals not yet assessed; most assessments come with a few words why.
                var assessed = dialogue.Status != "Preparing" || content.Next(2) == 0;
                var narratives = DialogueTexts.GoalNarratives[assessment];
                var narrative = narratives[content.Next(narratives.Length)];
                return new DialogueGoalRow(dialogue.Id, g.Id, g.Title, g.Rank!.Value, assessed ? assessment : null, assessed && content.Next(10) < 7 ? narrative : null);
            }),
            cancellationToken);

        // About 60 % of the agreements are still open when the autumn cycle opens: those are carried over.
        var agreements = new List<AgreementRow>();
        foreach (var d in dialogues.Where(d => d.Status is "Held" or "Closed"))
        {
            var count = random.Next(shape.MinAgreementsPerUnit, shape.MaxAgreementsPerUnit + 1);
            for (var i = 0; i < count; i++)
            {
                var roll = random.Next(10);
                var status = roll < 6 ? "Open" : roll < 9 ? "Done" : "Dropped";
                agreements.Add(new AgreementRow(
                    Id(Tag.Agreement, agreements.Count), d.UnitId, d.Id, previousCycleId, Pick(AgreementTexts), random.Next(4) == 0 ? "Leadership" : "Unit", status, d.HeldOn));
            }
        }

        await tables.AgreementsAsync(agreements, cancellationToken);

        // The spring cycle's notifications, read long ago: the table the new ones go into is not empty.
        await tables.NotificationsAsync(
            people.Where(p => p.Role == "UnitManager").Select((p, i) =>
            {
                var dialogueId = dialogueOfUnit[p.UnitId].Id;
                return new NotificationRow(
                    Id(Tag.Notification, i), p.UserId, "DialogueOpened", dialogueId,
                    $$"""{"unit":"{{p.Name[5..]}}","cycle":"Vår {{shape.Year}}","dueOn":"{{spring.AddDays(28):yyyy-MM-dd}}"}""", $"/dialogues/{dialogueId}", At(spring),
                    At(spring.AddDays(2)));
            }),
            cancellationToken);

        if (shape.WithDialogueContent)
        {
            await EarlierCyclesAsync(tables, cityId, administrations.Select(a => a.Id).ToList(), template, themeIds, cancellationToken);
        }

        await tables.VacuumAnalyzeAsync(cancellationToken);
        return new GeneratedCity(
            shape, cityId, administrations.Select(a => a.Id).ToList(), people.Where(p => p.Role == "Executive").ToDictionary(p => p.UnitId, p => p.UserId),
            previousCycleId, tables.Rows, stopwatch.Elapsed, Quotable(dialogues), ContentSummary(dialogues));
    }

    /// <summary>A generated user's e-mail address (and user name), from the end of the id.</summary>
    internal static string UserEmail(Guid userId) => $"user{userId.ToString("N")[^8..]}@benchby.example";

    /// <summary>An instant on a date, at 09:00 Swedish winter time (what the app's clock would have stamped).</summary>
    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);

    private enum Tag
    {
        Unit = 1,
        User,
        RoleAssignment,
        GoalSet,
        Goal,
        Cycle,
        Dialogue,
        Agreement,
        Notification,
        GoalPicture,
        Theme,
        Rollup,
    }

    /// <summary>
    /// Deterministic ids that sort like the app's version-7 ids (by creation order within a table), so index
    /// inserts behave as in production.
    /// </summary>
    private static Guid Id(Tag tag, int index) => Guid.Parse($"{(int)tag:x8}-0000-7000-8000-{index:x12}");

    /// <param name="Answers">The answers as the app stores them (jsonb); null for issue 5's placeholder.</param>
    private sealed record SpringDialogue(Guid Id, Guid UnitId, DateOnly HeldOn, string Status, string? Answers);

    /// <summary>How a spring dialogue ended when the cycle closed: all closed for issue 5; otherwise mostly closed or held.</summary>
    private string SpringStatus()
    {
        if (!shape.WithDialogueContent)
        {
            return "Closed";
        }

        var roll = content.Next(100);
        return roll < 80 ? "Closed" : roll < 90 ? "Held" : roll < 96 ? "Submitted" : "Preparing";
    }

    /// <summary>
    /// Answers to the default template's text questions: most questions answered (a unit skips one now and then), and a
    /// dialogue never submitted has a few answers in draft, which no summary may read.
    /// </summary>
    private string? SpringAnswers(string status)
    {
        if (!shape.WithDialogueContent)
        {
            return null;
        }

        var answered = status == "Preparing" ? 0.3 : 0.9;
        var answers = TextQuestions.Where(_ => content.NextDouble() < answered).Select(key => new DialogueAnswer(key, DialogueTexts.Answer(content, key))).ToList();
        return JsonSerializer.Serialize(answers, JsonColumn.Options);
    }

    /// <summary>1 theme for most goals, 2 for some, none for a few (counted as "no theme").</summary>
    private Guid[] Themes(Guid[] themeIds)
    {
        if (themeIds.Length == 0)
        {
            return [];
        }

        var roll = content.Next(10);
        var first = themeIds[content.Next(themeIds.Length)];
        var second = themeIds[content.Next(themeIds.Length)];
        return roll == 0 ? [] : roll < 8 || first == second ? [first] : [first, second];
    }

    /// <summary>The first sentence of a closed dialogue's answer, for three questions, from dialogues far apart.</summary>
    private static List<QuotablePassage> Quotable(List<SpringDialogue> dialogues)
    {
        var result = new List<QuotablePassage>();
        string[] keys = ["obstacles-and-support", "did-not-work", "went-well"];
        for (var i = 0; i < keys.Length; i++)
        {
            foreach (var dialogue in dialogues.Skip(i * dialogues.Count / keys.Length).Where(d => d.Status == "Closed" && d.Answers is not null))
            {
                var answer = JsonSerializer.Deserialize<List<DialogueAnswer>>(dialogue.Answers!, JsonColumn.Options)!.FirstOrDefault(a => a.Key == keys[i]);
                if (answer is not null)
                {
                    var end = answer.Text.IndexOf(". ", StringComparison.Ordinal);
                    result.Add(new QuotablePassage(dialogue.Id, answer.Key, end < 0 ? answer.Text : answer.Text[..(end + 1)]));
                    break;
                }
            }
        }

        return result;
    }

    private string? ContentSummary(List<SpringDialogue> dialogues)
    {
        if (!shape.WithDialogueContent)
        {
            return null;
        }

        var statuses = string.Join(", ", dialogues.GroupBy(d => d.Status).OrderByDescending(g => g.Count()).Select(g => FormattableString.Invariant($"{g.Count():N0} {g.Key.ToLowerInvariant()}")));
        var answers = dialogues.Where(d => d.Status != "Preparing").SelectMany(d => JsonSerializer.Deserialize<List<DialogueAnswer>>(d.Answers!, JsonColumn.Options)!).ToList();
        var words = answers.Sum(a => DialogueTexts.Words(a.Text));
        return FormattableString.Invariant(
            $"{statuses}; the submitted ones hold {answers.Count:N0} answers to {TextQuestions.Length} text questions ({words:N0} words, {(double)words / answers.Count:0} per answer)");
    }

    /// <summary>
    /// Closed city cycles before the spring one, every half year back, with the figures prepared when each closed
    /// (the city's and each administration's rollup): what a summary's trend reads. Their dialogues are not generated,
    /// since nothing reads the dialogues of an earlier cycle. The share of goals on track rises a little each cycle.
    /// </summary>
    private async Task EarlierCyclesAsync(
        CityTables tables, Guid cityId, IReadOnlyList<Guid> administrationIds, (Guid TemplateId, Guid VersionId) template, Guid[] themeIds,
        CancellationToken cancellationToken)
    {
        var cycles = Enumerable.Range(1, shape.EarlierCycles)
            .Select(back => (Id: Id(Tag.Cycle, back), Opens: new DateOnly(shape.Year - ((back + 1) / 2), back % 2 == 1 ? 9 : 2, 1), Back: back))
            .Select(c => (c.Id, c.Opens, c.Back, Name: $"{(c.Opens.Month < 7 ? "Vår" : "Höst")} {c.Opens.Year}"))
            .ToList();
        await tables.CyclesAsync(
            cycles.Select(c => new CycleRow(c.Id, cityId, c.Name, template.TemplateId, template.VersionId, "Closed", c.Opens, c.Opens.AddDays(80), At(c.Opens.AddDays(80)))),
            cancellationToken);

        CycleFacts Facts(int units, int back)
        {
            var goals = units * 4;
            var onTrack = goals * (50 - (4 * back) + content.Next(-3, 4)) / 100;
            var offTrack = goals * (18 + (2 * back)) / 100;
            var perTheme = themeIds.Select((id, i) => new ThemeAssessments(id, ThemeNames[i], onTrack / themeIds.Length, (goals - onTrack - offTrack) / themeIds.Length, offTrack / themeIds.Length))
                .ToList();
            var made = units * 2;
            var done = made * (35 + content.Next(0, 10)) / 100;
            return new CycleFacts(units, 0, units / 20, units / 10, units - (units / 20) - (units / 10), 0, perTheme, made, made / 4, made / 2, done, made / 10, made / 5);
        }

        var scopes = new[] { (Id: cityId, Units: shape.UnitCount) }.Concat(administrationIds.Select((id, i) => (Id: id, Units: shape.AdministrationSizes[i]))).ToList();
        var rollups = cycles.SelectMany(c => scopes.Select(s => (c.Id, UnitId: s.Id, Facts: Facts(s.Units, c.Back), Prepared: At(c.Opens.AddDays(80))))).ToList();
        await tables.RollupsAsync(rollups.Select((r, i) => new RollupRow(Id(Tag.Rollup, i), r.Id, r.UnitId, r.Facts, r.Prepared)), cancellationToken);
    }

    /// <summary>City → administrations → section heads → units, in creation order (parents first).</summary>
    private List<UnitRow> Organisation()
    {
        var units = new List<UnitRow>();
        var cityId = Id(Tag.Unit, 0);
        units.Add(new UnitRow(cityId, "City", CityName, "BENCH", null, $"/{cityId:N}/", ValidFrom));
        var unitNumber = 0;
        for (var a = 0; a < shape.AdministrationSizes.Count; a++)
        {
            var adminId = Id(Tag.Unit, units.Count);
            var admin = new UnitRow(adminId, "Administration", AdministrationNames[a % AdministrationNames.Length], $"F{a + 1:00}", cityId, $"{units[0].Path}{adminId:N}/", ValidFrom);
            units.Add(admin);
            var remaining = shape.AdministrationSizes[a];
            while (remaining > 0)
            {
                var size = Math.Min(shape.SectionSize, remaining);
                remaining -= size;
                var head = NewUnit(admin, ref unitNumber, units.Count);
                units.Add(head);
                for (var i = 1; i < size; i++)
                {
                    units.Add(NewUnit(head, ref unitNumber, units.Count));
                }
            }
        }

        return units;
    }

    private UnitRow NewUnit(UnitRow parent, ref int number, int index)
    {
        number++;
        var id = Id(Tag.Unit, index);
        return new UnitRow(id, "Unit", $"{Pick(Places)}{Pick(Kinds)} {number}", $"U{number:00000}", parent.Id, $"{parent.Path}{id:N}/", ValidFrom);
    }

    private string Pick(string[] words) => words[random.Next(words.Length)];
}
