using System.Diagnostics;
using System.Text.Json;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Npgsql;
using NpgsqlTypes;

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
/// bulk: generating through the commands would take minutes and measure nothing of interest. The app's rules that
/// the data must satisfy are the schema's (constraints, unique keys) and the slices' (paths, one goal set per
/// unit and period, active goals ranked 1..n).
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

    private static readonly string[] Places =
    [
        "Ek", "Björk", "Lind", "Al", "Rönn", "Asp", "Gran", "Tall", "Hassel", "Lönn", "Sälg", "Hägg", "Sjö", "Berg", "Dal", "Ängs",
        "Hag", "Back", "Kvarn", "Bro", "Strand", "Skogs", "Väster", "Öster", "Norr", "Söder", "Ljung", "Mo", "Ås", "Vik",
    ];

    private static readonly string[] Kinds =
    [
        "skolan", "förskolan", "biblioteket", "gården", "boendet", "hemtjänsten", "fritidsgården", "simhallen", "parken",
        "mottagningen", "kontoret", "verkstaden", "enheten", "centret", "teamet",
    ];

    private static readonly string[] GoalTitles =
    [
        "Fler elever når kunskapsmålen", "Tryggare utemiljö", "Kortare väntetider", "Lägre sjukfrånvaro", "Fler besökare",
        "Bättre bemötande", "Minskad energianvändning", "Fler unga i arbete", "Ökad delaktighet", "Snabbare handläggning",
        "Fler läsande barn", "Bättre kontinuitet i hemtjänsten", "Färre avbrutna insatser", "Mer rörelse i vardagen",
    ];

    private static readonly string[] AgreementTexts =
    [
        "Ta fram en plan för kompetensförsörjning", "Följa upp sjukfrånvaron varje månad", "Ordna medarbetardialog om arbetsmiljön",
        "Se över schemaläggningen", "Samverka med socialtjänsten om tidiga insatser", "Utreda lokalbehovet", "Rapportera läget till ledningen",
    ];

    /// <summary>The themes of the city's goal picture (with dialogue content): the goals' assessments are counted per theme.</summary>
    private static readonly string[] ThemeNames =
    [
        "Trygg uppväxt och lärande", "Jämlik hälsa och omsorg", "Arbete och egen försörjning", "Hållbar och levande stad", "Attraktiv arbetsgivare",
    ];

    /// <summary>The question keys units write text to, in the default template's order.</summary>
    private static readonly string[] TextQuestions = DefaultTemplate.Questions.Where(q => q.Kind == QuestionKind.Text).Select(q => q.Key).ToArray();

    private readonly Random random = new(shape.Seed);

    // The dialogue content draws from its own sequence, so turning it on changes none of issue 5's rows.
    private readonly Random content = new(shape.Seed + 6);

    /// <summary>The date the previous (spring) cycle opened; everything generated is dated relative to it.</summary>
    public static DateOnly SpringOpens(CityShape shape) => new(shape.Year, 2, 1);

    public async Task<GeneratedCity> GenerateAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var rows = new Dictionary<string, long>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var templateVersionId = await TemplateVersionAsync(connection, cancellationToken);

        var spring = SpringOpens(shape);
        var createdAt = At(new DateOnly(shape.Year - 1, 12, 1));
        var units = Organisation();
        var cityId = units[0].Id;
        var administrations = units.Where(u => u.Kind == "Administration").ToList();
        var workUnits = units.Where(u => u.Kind == "Unit").ToList();

        rows["units"] = await CopyAsync(connection, "units (id, kind, name, short_code, parent_id, path, external_id, valid_from, valid_to)", units, (w, u) =>
        {
            w.Write(u.Id, NpgsqlDbType.Uuid);
            w.Write(u.Kind, NpgsqlDbType.Varchar);
            w.Write(u.Name, NpgsqlDbType.Varchar);
            w.Write(u.ShortCode, NpgsqlDbType.Varchar);
            WriteNullable(w, u.ParentId, NpgsqlDbType.Uuid);
            w.Write(u.Path, NpgsqlDbType.Varchar);
            w.Write(u.ShortCode.ToLowerInvariant(), NpgsqlDbType.Varchar);
            w.Write(new DateOnly(2020, 1, 1), NpgsqlDbType.Date);
            w.WriteNull();
        }, cancellationToken);

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

        rows["users"] = await CopyAsync(
            connection,
            "users (id, display_name, is_active, created_at, user_name, normalized_user_name, email, normalized_email, email_confirmed, security_stamp, "
            + "concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)",
            people, (w, p) =>
            {
                var email = $"user{p.UserId.ToString("N")[^8..]}@benchby.example";
                w.Write(p.UserId, NpgsqlDbType.Uuid);
                w.Write(p.Name, NpgsqlDbType.Varchar);
                w.Write(true, NpgsqlDbType.Boolean);
                w.Write(createdAt, NpgsqlDbType.TimestampTz);
                w.Write(email, NpgsqlDbType.Varchar);
                w.Write(email.ToUpperInvariant(), NpgsqlDbType.Varchar);
                w.Write(email, NpgsqlDbType.Varchar);
                w.Write(email.ToUpperInvariant(), NpgsqlDbType.Varchar);
                w.Write(true, NpgsqlDbType.Boolean);
                w.Write(p.UserId.ToString("N").ToUpperInvariant(), NpgsqlDbType.Text);
                w.Write(p.UserId.ToString(), NpgsqlDbType.Text);
                w.Write(false, NpgsqlDbType.Boolean);
                w.Write(false, NpgsqlDbType.Boolean);
                w.Write(true, NpgsqlDbType.Boolean);
                w.Write(0, NpgsqlDbType.Integer);
            }, cancellationToken);
        var assignment = 0;
        rows["role_assignments"] = await CopyAsync(connection, "role_assignments (id, user_id, role, unit_id, created_at)", people, (w, p) =>
        {
            w.Write(Id(Tag.RoleAssignment, assignment++), NpgsqlDbType.Uuid);
            w.Write(p.UserId, NpgsqlDbType.Uuid);
            w.Write(p.Role, NpgsqlDbType.Varchar);
            w.Write(p.UnitId, NpgsqlDbType.Uuid);
            w.Write(createdAt, NpgsqlDbType.TimestampTz);
        }, cancellationToken);

        // Goals: this year's are active and ranked (they go into the new cycle's dialogues); last year's are achieved.
        var goalSets = new List<(Guid Id, Guid UnitId, int Period)>();
        var goals = new List<(Guid Id, Guid SetId, Guid UnitId, int Period, string Title, int? Rank, bool Active, Guid[] Themes)>();
        var themeIds = shape.WithDialogueContent ? ThemeNames.Select((_, i) => Id(Tag.Theme, i)).ToArray() : [];
        foreach (var period in new[] { shape.Year - 1, shape.Year })
        {
            foreach (var unit in workUnits)
            {
                var set = (Id(Tag.GoalSet, goalSets.Count), unit.Id, period);
                goalSets.Add(set);
                var count = random.Next(shape.MinGoalsPerUnit, shape.MaxGoalsPerUnit + 1);
                for (var rank = 1; rank <= count; rank++)
                {
                    var active = period == shape.Year;
                    goals.Add((Id(Tag.Goal, goals.Count), set.Item1, unit.Id, period, Pick(GoalTitles), active ? rank : null, active, Themes(themeIds)));
                }
            }
        }

        rows["goal_sets"] = await CopyAsync(connection, "goal_sets (id, unit_id, period, changed_at, revision)", goalSets, (w, s) =>
        {
            w.Write(s.Id, NpgsqlDbType.Uuid);
            w.Write(s.UnitId, NpgsqlDbType.Uuid);
            w.Write(s.Period, NpgsqlDbType.Integer);
            w.Write(createdAt, NpgsqlDbType.TimestampTz);
            w.Write(1, NpgsqlDbType.Integer);
        }, cancellationToken);
        rows["goals"] = await CopyAsync(
            connection,
            "goals (id, goal_set_id, unit_id, period, title, why, evidence_ids, theme_ids, owner, how_we_will_know, rank, status, created_at, closed_at, closed_by)",
            goals, (w, g) =>
            {
                w.Write(g.Id, NpgsqlDbType.Uuid);
                w.Write(g.SetId, NpgsqlDbType.Uuid);
                w.Write(g.UnitId, NpgsqlDbType.Uuid);
                w.Write(g.Period, NpgsqlDbType.Integer);
                w.Write(g.Title, NpgsqlDbType.Varchar);
                w.Write("Analysen visar att vi behöver göra mer här.", NpgsqlDbType.Varchar);
                w.Write(Array.Empty<Guid>(), NpgsqlDbType.Array | NpgsqlDbType.Uuid);
                w.Write(g.Themes, NpgsqlDbType.Array | NpgsqlDbType.Uuid);
                w.Write("Enhetschefen", NpgsqlDbType.Varchar);
                w.Write("Uppföljning varje kvartal.", NpgsqlDbType.Varchar);
                WriteNullable(w, g.Rank, NpgsqlDbType.Integer);
                w.Write(g.Active ? "Active" : "Achieved", NpgsqlDbType.Varchar);
                w.Write(At(new DateOnly(g.Period - 1, 12, 1)), NpgsqlDbType.TimestampTz);
                if (g.Active)
                {
                    w.WriteNull();
                    w.WriteNull();
                }
                else
                {
                    w.Write(At(new DateOnly(g.Period, 12, 15)), NpgsqlDbType.TimestampTz);
                    w.Write(By, NpgsqlDbType.Varchar);
                }
            }, cancellationToken);

        if (shape.WithDialogueContent)
        {
            await GoalPictureAsync(connection, cityId, themeIds, createdAt, rows, cancellationToken);
        }

        // The spring cycle: opened, every dialogue held and closed, agreements made; then the cycle closed. With
        // dialogue content, the dialogues end in the states a real cycle closes with.
        var previousCycleId = Id(Tag.Cycle, 0);
        var springCycle = new[] { previousCycleId };
        rows["dialogue_cycles"] = await CopyAsync(
            connection,
            "dialogue_cycles (id, scope_unit_id, name, year, wheel_key, template_id, template_version_id, status, opens_on, preparation_due_on, dialogues_from, "
            + "dialogues_to, closes_on, created_at, created_by, opened_at, opened_by, closed_at, closed_by)",
            springCycle, (w, id) =>
            {
                w.Write(id, NpgsqlDbType.Uuid);
                w.Write(cityId, NpgsqlDbType.Uuid);
                w.Write($"Vår {shape.Year}", NpgsqlDbType.Varchar);
                w.Write(shape.Year, NpgsqlDbType.Integer);
                w.WriteNull();
                w.Write(templateVersionId.TemplateId, NpgsqlDbType.Uuid);
                w.Write(templateVersionId.VersionId, NpgsqlDbType.Uuid);
                w.Write("Closed", NpgsqlDbType.Varchar);
                w.Write(spring, NpgsqlDbType.Date);
                w.Write(spring.AddDays(28), NpgsqlDbType.Date);
                w.Write(spring.AddDays(29), NpgsqlDbType.Date);
                w.Write(spring.AddDays(70), NpgsqlDbType.Date);
                w.Write(spring.AddDays(80), NpgsqlDbType.Date);
                w.Write(At(spring.AddDays(-30)), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                w.Write(At(spring), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                w.Write(At(spring.AddDays(80)), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
            }, cancellationToken);

        var dialogues = workUnits.Select((u, i) => new SpringDialogue(Id(Tag.Dialogue, i), u.Id, spring.AddDays(30 + (i % 40)), SpringStatus(), null)).ToList();
        dialogues = dialogues.Select(d => d with { Answers = SpringAnswers(d.Status) }).ToList();
        rows["dialogues"] = await CopyAsync(
            connection,
            "dialogues (id, cycle_id, unit_id, template_version_id, status, answers, created_at, notes_updated_at, notes_updated_by, submitted_at, submitted_by, "
            + "held_on, participants, leadership_response, held_at, held_by, closed_at, closed_by, unfinished_at_cycle_close, reopen_count, overdue_since)",
            dialogues, (w, d) =>
            {
                var submitted = d.Status != "Preparing";
                var held = d.Status is "Held" or "Closed";
                w.Write(d.Id, NpgsqlDbType.Uuid);
                w.Write(previousCycleId, NpgsqlDbType.Uuid);
                w.Write(d.UnitId, NpgsqlDbType.Uuid);
                w.Write(templateVersionId.VersionId, NpgsqlDbType.Uuid);
                w.Write(d.Status, NpgsqlDbType.Varchar);
                w.Write(d.Answers ?? """[{"key":"reflection","text":"Vi har kommit en bit på väg."}]""", NpgsqlDbType.Jsonb);
                w.Write(At(spring), NpgsqlDbType.TimestampTz);
                w.Write(At(spring.AddDays(20)), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                WriteIf(w, submitted, At(spring.AddDays(25)), NpgsqlDbType.TimestampTz);
                WriteIf(w, submitted, By, NpgsqlDbType.Varchar);
                WriteIf(w, held, d.HeldOn, NpgsqlDbType.Date);
                w.Write(held ? new[] { "Enhetschef", "Förvaltningschef" } : Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                WriteIf(w, held, "Ledningen stöttar med resurser för uppföljningen.", NpgsqlDbType.Varchar);
                WriteIf(w, held, At(d.HeldOn), NpgsqlDbType.TimestampTz);
                WriteIf(w, held, By, NpgsqlDbType.Varchar);
                WriteIf(w, d.Status == "Closed", At(spring.AddDays(75)), NpgsqlDbType.TimestampTz);
                WriteIf(w, d.Status == "Closed", By, NpgsqlDbType.Varchar);
                w.Write(d.Status != "Closed", NpgsqlDbType.Boolean);
                w.Write(0, NpgsqlDbType.Integer);
                WriteIf(w, !submitted, spring.AddDays(29), NpgsqlDbType.Date);
            }, cancellationToken);

        var dialogueOfUnit = dialogues.ToDictionary(d => d.UnitId);
        var assessments = new[] { "OnTrack", "Uncertain", "OffTrack" };
        rows["dialogue_goals"] = await CopyAsync(
            connection, "dialogue_goals (dialogue_id, goal_id, title, rank, assessment, narrative)", goals.Where(g => g.Active).ToList(), (w, g) =>
            {
                var dialogue = dialogueOfUnit[g.UnitId];
                var assessment = assessments[random.Next(assessments.Length)];
                w.Write(dialogue.Id, NpgsqlDbType.Uuid);
                w.Write(g.Id, NpgsqlDbType.Uuid);
                w.Write(g.Title, NpgsqlDbType.Varchar);
                w.Write(g.Rank!.Value, NpgsqlDbType.Integer);
                if (!shape.WithDialogueContent)
                {
                    w.Write(assessment, NpgsqlDbType.Varchar);
                    w.WriteNull();
                    return;
                }

                // A dialogue never submitted may have goals not yet assessed; most assessments come with a few words why.
                var assessed = dialogue.Status != "Preparing" || content.Next(2) == 0;
                WriteIf(w, assessed, assessment, NpgsqlDbType.Varchar);
                var narratives = DialogueTexts.GoalNarratives[assessment];
                var narrative = narratives[content.Next(narratives.Length)];
                WriteIf(w, assessed && content.Next(10) < 7, narrative, NpgsqlDbType.Varchar);
            }, cancellationToken);

        // About 60 % of the agreements are still open when the autumn cycle opens: those are carried over.
        var agreements = new List<(Guid Id, Guid UnitId, Guid DialogueId, DateOnly HeldOn, string Text, string Side, string Status)>();
        foreach (var d in dialogues.Where(d => d.Status is "Held" or "Closed"))
        {
            var count = random.Next(shape.MinAgreementsPerUnit, shape.MaxAgreementsPerUnit + 1);
            for (var i = 0; i < count; i++)
            {
                var roll = random.Next(10);
                var status = roll < 6 ? "Open" : roll < 9 ? "Done" : "Dropped";
                agreements.Add((Id(Tag.Agreement, agreements.Count), d.UnitId, d.Id, d.HeldOn, Pick(AgreementTexts), random.Next(4) == 0 ? "Leadership" : "Unit", status));
            }
        }

        rows["agreements"] = await CopyAsync(
            connection,
            "agreements (id, unit_id, dialogue_id, cycle_id, description, side, responsible, due_on, status, drop_reason, created_at, created_by, closed_at, closed_by)",
            agreements, (w, a) =>
            {
                w.Write(a.Id, NpgsqlDbType.Uuid);
                w.Write(a.UnitId, NpgsqlDbType.Uuid);
                w.Write(a.DialogueId, NpgsqlDbType.Uuid);
                w.Write(previousCycleId, NpgsqlDbType.Uuid);
                w.Write(a.Text, NpgsqlDbType.Varchar);
                w.Write(a.Side, NpgsqlDbType.Varchar);
                w.Write(a.Side == "Unit" ? "Enhetschefen" : "Förvaltningschefen", NpgsqlDbType.Varchar);
                w.Write(a.HeldOn.AddDays(120), NpgsqlDbType.Date);
                w.Write(a.Status, NpgsqlDbType.Varchar);
                if (a.Status == "Dropped")
                {
                    w.Write("Inte längre aktuellt.", NpgsqlDbType.Varchar);
                }
                else
                {
                    w.WriteNull();
                }

                w.Write(At(a.HeldOn), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                if (a.Status == "Open")
                {
                    w.WriteNull();
                    w.WriteNull();
                }
                else
                {
                    w.Write(At(a.HeldOn.AddDays(60)), NpgsqlDbType.TimestampTz);
                    w.Write(By, NpgsqlDbType.Varchar);
                }
            }, cancellationToken);

        // The spring cycle's notifications, read long ago: the table the new ones go into is not empty.
        var managers = people.Where(p => p.Role == "UnitManager").ToList();
        var notification = 0;
        rows["notifications"] = await CopyAsync(
            connection, "notifications (id, recipient_id, kind, subject_id, data, link, created_at, read_at, email_state, email_attempts)", managers, (w, p) =>
            {
                var dialogueId = dialogueOfUnit[p.UnitId].Id;
                w.Write(Id(Tag.Notification, notification++), NpgsqlDbType.Uuid);
                w.Write(p.UserId, NpgsqlDbType.Uuid);
                w.Write("DialogueOpened", NpgsqlDbType.Varchar);
                w.Write(dialogueId, NpgsqlDbType.Uuid);
                w.Write($$"""{"unit":"{{p.Name[5..]}}","cycle":"Vår {{shape.Year}}","dueOn":"{{spring.AddDays(28):yyyy-MM-dd}}"}""", NpgsqlDbType.Jsonb);
                w.Write($"/dialogues/{dialogueId}", NpgsqlDbType.Varchar);
                w.Write(At(spring), NpgsqlDbType.TimestampTz);
                w.Write(At(spring.AddDays(2)), NpgsqlDbType.TimestampTz);
                w.Write("None", NpgsqlDbType.Varchar);
                w.Write(0, NpgsqlDbType.Integer);
            }, cancellationToken);

        if (shape.WithDialogueContent)
        {
            await EarlierCyclesAsync(connection, cityId, administrations.Select(a => a.Id).ToList(), templateVersionId, themeIds, rows, cancellationToken);
        }

        // Statistics as a running database would have them (autovacuum would get there on its own, later).
        await using (var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection))
        {
            analyze.CommandTimeout = 300;
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        return new GeneratedCity(
            shape, cityId, administrations.Select(a => a.Id).ToList(), people.Where(p => p.Role == "Executive").ToDictionary(p => p.UnitId, p => p.UserId),
            previousCycleId, rows, stopwatch.Elapsed, Quotable(dialogues), ContentSummary(dialogues));
    }

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

    private sealed record UnitRow(Guid Id, string Kind, string Name, string ShortCode, Guid? ParentId, string Path);

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

    /// <summary>The city's published goal picture and its themes: the goals are counted under them.</summary>
    private async Task GoalPictureAsync(
        NpgsqlConnection connection, Guid cityId, Guid[] themeIds, DateTimeOffset createdAt, Dictionary<string, long> rows, CancellationToken cancellationToken)
    {
        var pictureId = Id(Tag.GoalPicture, 0);
        rows["goal_pictures"] = await CopyAsync(
            connection,
            "goal_pictures (id, unit_id, number, status, vision, narrative, created_at, changed_at, adopted_at, adopted_by, published_at, published_by, decision_date)",
            new[] { pictureId }, (w, id) =>
            {
                w.Write(id, NpgsqlDbType.Uuid);
                w.Write(cityId, NpgsqlDbType.Uuid);
                w.Write(1, NpgsqlDbType.Integer);
                w.Write("Published", NpgsqlDbType.Varchar);
                w.Write("En trygg, jämlik och hållbar stad där alla kan växa.", NpgsqlDbType.Varchar);
                w.Write("Målbilden antogs av kommunfullmäktige efter dialog med verksamheterna och invånarna.", NpgsqlDbType.Varchar);
                w.Write(createdAt, NpgsqlDbType.TimestampTz);
                w.Write(createdAt, NpgsqlDbType.TimestampTz);
                w.Write(createdAt, NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                w.Write(createdAt, NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                w.Write(DateOnly.FromDateTime(createdAt.UtcDateTime), NpgsqlDbType.Date);
            }, cancellationToken);
        rows["goal_picture_themes"] = await CopyAsync(
            connection, "goal_picture_themes (goal_picture_id, id, name, description, position)", Enumerable.Range(0, themeIds.Length).ToList(), (w, i) =>
            {
                w.Write(pictureId, NpgsqlDbType.Uuid);
                w.Write(themeIds[i], NpgsqlDbType.Uuid);
                w.Write(ThemeNames[i], NpgsqlDbType.Varchar);
                w.Write($"Stadens fokusområde {ThemeNames[i].ToLowerInvariant()}.", NpgsqlDbType.Varchar);
                w.Write(i + 1, NpgsqlDbType.Integer);
            }, cancellationToken);
    }

    /// <summary>
    /// Closed city cycles before the spring one, every half year back, with the figures prepared when each closed
    /// (the city's and each administration's rollup): what a summary's trend reads. Their dialogues are not generated,
    /// since nothing reads the dialogues of an earlier cycle. The share of goals on track rises a little each cycle.
    /// </summary>
    private async Task EarlierCyclesAsync(
        NpgsqlConnection connection, Guid cityId, IReadOnlyList<Guid> administrationIds, (Guid TemplateId, Guid VersionId) template, Guid[] themeIds,
        Dictionary<string, long> rows, CancellationToken cancellationToken)
    {
        var cycles = Enumerable.Range(1, shape.EarlierCycles)
            .Select(back => (Id: Id(Tag.Cycle, back), Opens: new DateOnly(shape.Year - ((back + 1) / 2), back % 2 == 1 ? 9 : 2, 1), Back: back))
            .Select(c => (c.Id, c.Opens, c.Back, Name: $"{(c.Opens.Month < 7 ? "Vår" : "Höst")} {c.Opens.Year}"))
            .ToList();
        rows["dialogue_cycles"] += await CopyAsync(
            connection,
            "dialogue_cycles (id, scope_unit_id, name, year, wheel_key, template_id, template_version_id, status, opens_on, preparation_due_on, dialogues_from, "
            + "dialogues_to, closes_on, created_at, created_by, opened_at, opened_by, closed_at, closed_by)",
            cycles, (w, c) =>
            {
                w.Write(c.Id, NpgsqlDbType.Uuid);
                w.Write(cityId, NpgsqlDbType.Uuid);
                w.Write(c.Name, NpgsqlDbType.Varchar);
                w.Write(c.Opens.Year, NpgsqlDbType.Integer);
                w.WriteNull();
                w.Write(template.TemplateId, NpgsqlDbType.Uuid);
                w.Write(template.VersionId, NpgsqlDbType.Uuid);
                w.Write("Closed", NpgsqlDbType.Varchar);
                w.Write(c.Opens, NpgsqlDbType.Date);
                w.Write(c.Opens.AddDays(28), NpgsqlDbType.Date);
                w.Write(c.Opens.AddDays(29), NpgsqlDbType.Date);
                w.Write(c.Opens.AddDays(70), NpgsqlDbType.Date);
                w.Write(c.Opens.AddDays(80), NpgsqlDbType.Date);
                w.Write(At(c.Opens.AddDays(-30)), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                w.Write(At(c.Opens), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                w.Write(At(c.Opens.AddDays(80)), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
            }, cancellationToken);

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
        var index = 0;
        rows["cycle_rollups"] = await CopyAsync(connection, "cycle_rollups (id, cycle_id, unit_id, facts, prepared_at)", rollups, (w, r) =>
        {
            w.Write(Id(Tag.Rollup, index++), NpgsqlDbType.Uuid);
            w.Write(r.Id, NpgsqlDbType.Uuid);
            w.Write(r.UnitId, NpgsqlDbType.Uuid);
            w.Write(JsonSerializer.Serialize(r.Facts, JsonColumn.Options), NpgsqlDbType.Jsonb);
            w.Write(r.Prepared, NpgsqlDbType.TimestampTz);
        }, cancellationToken);
    }

    /// <summary>City → administrations → section heads → units, in creation order (parents first).</summary>
    private List<UnitRow> Organisation()
    {
        var units = new List<UnitRow>();
        var cityId = Id(Tag.Unit, 0);
        units.Add(new UnitRow(cityId, "City", CityName, "BENCH", null, $"/{cityId:N}/"));
        var unitNumber = 0;
        for (var a = 0; a < shape.AdministrationSizes.Count; a++)
        {
            var adminId = Id(Tag.Unit, units.Count);
            var admin = new UnitRow(adminId, "Administration", AdministrationNames[a % AdministrationNames.Length], $"F{a + 1:00}", cityId, $"{units[0].Path}{adminId:N}/");
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
        return new UnitRow(id, "Unit", $"{Pick(Places)}{Pick(Kinds)} {number}", $"U{number:00000}", parent.Id, $"{parent.Path}{id:N}/");
    }

    private string Pick(string[] words) => words[random.Next(words.Length)];

    internal static async Task<(Guid TemplateId, Guid VersionId)> TemplateVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT t.id, v.id FROM dialogue_templates t JOIN dialogue_template_versions v ON v.template_id = t.id WHERE t.is_default ORDER BY v.number DESC LIMIT 1",
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("The database has no default dialogue template: was it initialised?");
        }

        return (reader.GetGuid(0), reader.GetGuid(1));
    }

    internal static async Task<long> CopyAsync<T>(
        NpgsqlConnection connection, string target, IEnumerable<T> items, Action<NpgsqlBinaryImporter, T> write, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var item in items)
        {
            await importer.StartRowAsync(cancellationToken);
            write(importer, item);
        }

        return (long)await importer.CompleteAsync(cancellationToken);
    }

    internal static void WriteIf<T>(NpgsqlBinaryImporter writer, bool condition, T value, NpgsqlDbType type)
    {
        if (condition)
        {
            writer.Write(value, type);
        }
        else
        {
            writer.WriteNull();
        }
    }

    internal static void WriteNullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } v)
        {
            writer.Write(v, type);
        }
        else
        {
            writer.WriteNull();
        }
    }
}
