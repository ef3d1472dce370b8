using System.Diagnostics;
using System.Text.Json;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Summaries;
using GovernanceDialogue.Core.Persistence;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using NpgsqlTypes;
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

    private static readonly string[] AdministrationKinds =
    [
        "Kultur- och fritids", "Utbildnings", "Social", "Äldre", "Förskole", "Stadsbyggnads", "Miljö", "Arbetsmarknads", "Service", "Trafik",
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

    private static readonly string[] ThemeNames =
    [
        "Trygg uppväxt och lärande", "Jämlik hälsa och omsorg", "Arbete och egen försörjning", "Hållbar och levande stad", "Attraktiv arbetsgivare",
    ];

    private static readonly string[] AnalysisSentences =
    [
        "Personalomsättningen har minskat och fler stannar längre än ett år.", "Sjukfrånvaron är fortfarande högre än i jämförbara verksamheter.",
        "Brukarna ger oss höga betyg för bemötandet men lägre för tillgängligheten.", "Lokalerna är slitna och räcker inte till när verksamheten växer.",
        "Vi har svårt att rekrytera legitimerad personal, särskilt till kvällar och helger.", "Samverkan med skolan och socialtjänsten har blivit bättre under året.",
        "Flickor och pojkar använder våra tjänster olika mycket, och skillnaden har ökat.", "De digitala systemen tar tid från kärnuppdraget.",
        "Medarbetarna upplever att de har inflytande över hur arbetet planeras.", "Invånare i de norra stadsdelarna når oss sämre än andra.",
    ];

    private static readonly string[] TextQuestions = DefaultTemplate.Questions.Where(q => q.Kind == QuestionKind.Text).Select(q => q.Key).ToArray();

    private readonly Random random = new(shape.Seed);

    public static DateOnly CycleOpens(int year, bool autumn) => new(year, autumn ? 9 : 2, 1);

    public async Task<LargeCity> GenerateAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var rows = new Dictionary<string, long>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var template = await TemplateVersionAsync(connection, cancellationToken);
        var firstYear = shape.LastYear - shape.Years + 1;
        var createdAt = At(new DateOnly(firstYear - 1, 12, 1));

        // The organisation: city → 40 administrations → sections of 10 (a head and 9 units under it).
        var units = new List<(Guid Id, string Kind, string Name, string ShortCode, Guid? ParentId, string Path)>();
        var cityId = Id(Tag.Unit, 0);
        units.Add((cityId, "City", CityName, "LARGE", null, $"/{cityId:N}/"));
        var number = 0;
        for (var a = 0; a < shape.Administrations; a++)
        {
            var adminId = Id(Tag.Unit, units.Count);
            var adminPath = $"/{cityId:N}/{adminId:N}/";
            units.Add((adminId, "Administration", $"{AdministrationKinds[a % AdministrationKinds.Length]}förvaltningen {(a / AdministrationKinds.Length) + 1}", $"A{a + 1:00}", cityId, adminPath));
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
                    units.Add((id, "Unit", $"{Pick(Places)}{Pick(Kinds)} {number}", $"U{number:00000}", parent, path));
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
        rows["units"] = await CopyAsync(connection, "units (id, kind, name, short_code, parent_id, path, external_id, valid_from, valid_to)", units, (w, u) =>
        {
            w.Write(u.Id, NpgsqlDbType.Uuid);
            w.Write(u.Kind, NpgsqlDbType.Varchar);
            w.Write(u.Name, NpgsqlDbType.Varchar);
            w.Write(u.ShortCode, NpgsqlDbType.Varchar);
            WriteNullable(w, u.ParentId, NpgsqlDbType.Uuid);
            w.Write(u.Path, NpgsqlDbType.Varchar);
            w.Write(u.ShortCode.ToLowerInvariant(), NpgsqlDbType.Varchar);
            w.Write(new DateOnly(firstYear - 1, 1, 1), NpgsqlDbType.Date);
            w.WriteNull();
        }, cancellationToken);

        // A manager for every unit, an executive for the city and each administration; the first administration's
        // executive can sign in (the load benchmark reads a unit's record as that person).
        var people = workUnits.Select(u => (UserId: Guid.Empty, Role: "UnitManager", UnitId: u.Id, Name: $"Chef {u.Name}"))
            .Concat(units.Where(u => u.Kind != "Unit").Select(u => (UserId: Guid.Empty, Role: "Executive", UnitId: u.Id, Name: $"Direktör {u.Name}")))
            .Select((p, i) => p with { UserId = Id(Tag.User, i) }).ToList();
        var signedIn = people.Single(p => p.Role == "Executive" && p.UnitId == administrationIds[0]).UserId;
        var passwordHash = new PasswordHasher<AppUser>().HashPassword(null!, ExecutivePassword);
        rows["users"] = await CopyAsync(
            connection,
            "users (id, display_name, is_active, created_at, user_name, normalized_user_name, email, normalized_email, email_confirmed, password_hash, security_stamp, "
            + "concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)",
            people, (w, p) =>
            {
                var email = p.UserId == signedIn ? ExecutiveEmail : $"user{p.UserId.ToString("N")[^8..]}@benchby.example";
                w.Write(p.UserId, NpgsqlDbType.Uuid);
                w.Write(p.Name, NpgsqlDbType.Varchar);
                w.Write(true, NpgsqlDbType.Boolean);
                w.Write(createdAt, NpgsqlDbType.TimestampTz);
                w.Write(email, NpgsqlDbType.Varchar);
                w.Write(email.ToUpperInvariant(), NpgsqlDbType.Varchar);
                w.Write(email, NpgsqlDbType.Varchar);
                w.Write(email.ToUpperInvariant(), NpgsqlDbType.Varchar);
                w.Write(true, NpgsqlDbType.Boolean);
                WriteIf(w, p.UserId == signedIn, passwordHash, NpgsqlDbType.Text);
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
        rows["api_tokens"] = await CopyAsync(
            connection, "api_tokens (id, name, scopes, unit_id, hint, secret_hash, created_at, created_by, expires_at)", new[] { Id(Tag.Token, 0) }, (w, id) =>
            {
                w.Write(id, NpgsqlDbType.Uuid);
                w.Write("Load benchmark (read)", NpgsqlDbType.Varchar);
                w.Write(nameof(TokenScopes.Read), NpgsqlDbType.Varchar);
                w.Write(cityId, NpgsqlDbType.Uuid);
                w.Write(TokenSecret[..9], NpgsqlDbType.Varchar);
                w.Write(ApiToken.Hash(TokenSecret), NpgsqlDbType.Bytea);
                w.Write(createdAt, NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                w.Write(DateTimeOffset.UtcNow.AddDays(700), NpgsqlDbType.TimestampTz);
            }, cancellationToken);

        // Missions: every unit has published two versions; the current one is the second.
        rows["mission_versions"] = await CopyAsync(
            connection, "mission_versions (id, unit_id, number, assignment_text, plain_language_summary, target_groups, basis, published_at, published_by)",
            units.SelectMany(u => new[] { 1, 2 }.Select(n => (u, n))).Select((x, i) => (x.u, x.n, i)), (w, x) =>
            {
                w.Write(Id(Tag.MissionVersion, x.i), NpgsqlDbType.Uuid);
                w.Write(x.u.Id, NpgsqlDbType.Uuid);
                w.Write(x.n, NpgsqlDbType.Integer);
                w.Write(MissionText(x.u.Name, x.n), NpgsqlDbType.Varchar);
                w.Write($"{x.u.Name} finns till för invånarna i sitt område.", NpgsqlDbType.Varchar);
                w.Write(new[] { "Invånare", "Barn och unga" }, NpgsqlDbType.Array | NpgsqlDbType.Text);
                w.Write("Reglemente och verksamhetsplan", NpgsqlDbType.Varchar);
                w.Write(At(new DateOnly(firstYear - 1 + (x.n * 4), 1, 15)), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
            }, cancellationToken);
        rows["missions"] = await CopyAsync(
            connection,
            "missions (unit_id, assignment_text, plain_language_summary, target_groups, basis, draft_updated_at, draft_updated_by, published_version_number, has_unpublished_changes)",
            units, (w, u) =>
            {
                w.Write(u.Id, NpgsqlDbType.Uuid);
                w.Write(MissionText(u.Name, 2), NpgsqlDbType.Varchar);
                w.Write($"{u.Name} finns till för invånarna i sitt område.", NpgsqlDbType.Varchar);
                w.Write(new[] { "Invånare", "Barn och unga" }, NpgsqlDbType.Array | NpgsqlDbType.Text);
                w.Write("Reglemente och verksamhetsplan", NpgsqlDbType.Varchar);
                w.Write(At(new DateOnly(firstYear + 7, 1, 15)), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                w.Write(2, NpgsqlDbType.Integer);
                w.Write(false, NpgsqlDbType.Boolean);
            }, cancellationToken);

        // The city's published goal picture and its themes.
        var pictureId = Id(Tag.GoalPicture, 0);
        var themeIds = ThemeNames.Select((_, i) => Id(Tag.Theme, i)).ToArray();
        rows["goal_pictures"] = await CopyAsync(
            connection,
            "goal_pictures (id, unit_id, number, status, vision, narrative, created_at, changed_at, adopted_at, adopted_by, published_at, published_by, decision_date)",
            new[] { pictureId }, (w, id) =>
            {
                w.Write(id, NpgsqlDbType.Uuid);
                w.Write(cityId, NpgsqlDbType.Uuid);
                w.Write(1, NpgsqlDbType.Integer);
                w.Write("Published", NpgsqlDbType.Varchar);
                w.Write("Staden som vill och vågar: trygg, jämlik och hållbar.", NpgsqlDbType.Varchar);
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
            connection, "goal_picture_themes (goal_picture_id, id, name, description, position)", Enumerable.Range(0, themeIds.Length), (w, i) =>
            {
                w.Write(pictureId, NpgsqlDbType.Uuid);
                w.Write(themeIds[i], NpgsqlDbType.Uuid);
                w.Write(ThemeNames[i], NpgsqlDbType.Varchar);
                w.Write($"Stadens fokusområde {ThemeNames[i].ToLowerInvariant()}.", NpgsqlDbType.Varchar);
                w.Write(i + 1, NpgsqlDbType.Integer);
            }, cancellationToken);

        // Goals: 5 a unit and year, ranked; the last year's active, earlier ones achieved (a few dropped).
        var years = Enumerable.Range(firstYear, shape.Years).ToList();
        var goalSets = years.SelectMany(y => workUnits.Select(u => (UnitId: u.Id, Year: y))).Select((s, i) => (Id: Id(Tag.GoalSet, i), s.UnitId, s.Year)).ToList();
        var goals = goalSets.SelectMany(s => Enumerable.Range(1, shape.GoalsPerUnitAndYear).Select(rank => (Set: s, Rank: rank)))
            .Select((g, i) =>
            {
                var active = g.Set.Year == shape.LastYear;
                var status = active ? "Active" : random.Next(20) == 0 ? "Dropped" : "Achieved";
                var themes = random.Next(10) == 0 ? Array.Empty<Guid>() : [themeIds[random.Next(themeIds.Length)]];
                return (Id: Id(Tag.Goal, i), SetId: g.Set.Id, g.Set.UnitId, g.Set.Year, Title: Pick(GoalTitles), g.Rank, Status: status, Themes: themes);
            }).ToList();
        rows["goal_sets"] = await CopyAsync(connection, "goal_sets (id, unit_id, period, changed_at, revision)", goalSets, (w, s) =>
        {
            w.Write(s.Id, NpgsqlDbType.Uuid);
            w.Write(s.UnitId, NpgsqlDbType.Uuid);
            w.Write(s.Year, NpgsqlDbType.Integer);
            w.Write(At(new DateOnly(s.Year - 1, 12, 1)), NpgsqlDbType.TimestampTz);
            w.Write(1, NpgsqlDbType.Integer);
        }, cancellationToken);
        rows["goals"] = await CopyAsync(
            connection,
            "goals (id, goal_set_id, unit_id, period, title, why, evidence_ids, theme_ids, owner, how_we_will_know, rank, status, created_at, closed_at, closed_by)",
            goals, (w, g) =>
            {
                var active = g.Status == "Active";
                w.Write(g.Id, NpgsqlDbType.Uuid);
                w.Write(g.SetId, NpgsqlDbType.Uuid);
                w.Write(g.UnitId, NpgsqlDbType.Uuid);
                w.Write(g.Year, NpgsqlDbType.Integer);
                w.Write(g.Title, NpgsqlDbType.Varchar);
                w.Write("Analysen visar att vi behöver göra mer här.", NpgsqlDbType.Varchar);
                w.Write(Array.Empty<Guid>(), NpgsqlDbType.Array | NpgsqlDbType.Uuid);
                w.Write(g.Themes, NpgsqlDbType.Array | NpgsqlDbType.Uuid);
                w.Write("Enhetschefen", NpgsqlDbType.Varchar);
                w.Write("Uppföljning varje kvartal.", NpgsqlDbType.Varchar);
                WriteIf(w, g.Status != "Dropped", g.Rank, NpgsqlDbType.Integer);
                w.Write(g.Status, NpgsqlDbType.Varchar);
                w.Write(At(new DateOnly(g.Year - 1, 12, 1)), NpgsqlDbType.TimestampTz);
                WriteIf(w, !active, At(new DateOnly(g.Year, 12, 15)), NpgsqlDbType.TimestampTz);
                WriteIf(w, !active, By, NpgsqlDbType.Varchar);
            }, cancellationToken);

        // Analyses, completed, with observations: one a unit and year.
        var analyses = goalSets.Select((s, i) => (Id: Id(Tag.Analysis, i), s.UnitId, s.Year)).ToList();
        rows["analyses"] = await CopyAsync(
            connection,
            "analyses (id, unit_id, period, status, strengths, challenges, risks, citizen_perspective, employee_perspective, equality_groups, equality_perspective, "
            + "collaboration_needs, updated_at, updated_by, completed_at, completed_by)",
            analyses, (w, a) =>
            {
                w.Write(a.Id, NpgsqlDbType.Uuid);
                w.Write(a.UnitId, NpgsqlDbType.Uuid);
                w.Write(a.Year, NpgsqlDbType.Integer);
                w.Write("Completed", NpgsqlDbType.Varchar);
                for (var i = 0; i < 5; i++)
                {
                    w.Write(Sentences(2), NpgsqlDbType.Varchar);
                }

                w.Write(new[] { "Gender", "Area" }, NpgsqlDbType.Array | NpgsqlDbType.Text);
                w.Write(Sentences(2), NpgsqlDbType.Varchar);
                w.Write(Sentences(1), NpgsqlDbType.Varchar);
                w.Write(At(new DateOnly(a.Year - 1, 11, 20)), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                w.Write(At(new DateOnly(a.Year - 1, 11, 30)), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
            }, cancellationToken);
        string[] kpis = ["N15033", "U23471", "N00945"];
        rows["observations"] = await CopyAsync(
            connection, "observations (id, analysis_id, title, value, unit_of_measure, period, source, kolada_kpi_id, value_women, value_men, comparison_value, comparison_label)",
            analyses.SelectMany(a => Enumerable.Range(0, shape.ObservationsPerAnalysis).Select(k => (a, k))).Select((x, i) => (x.a, x.k, i)), (w, x) =>
            {
                var value = 40m + random.Next(0, 500) / 10m;
                w.Write(Id(Tag.Observation, x.i), NpgsqlDbType.Uuid);
                w.Write(x.a.Id, NpgsqlDbType.Uuid);
                w.Write($"Nyckeltal {kpis[x.k % kpis.Length]}", NpgsqlDbType.Varchar);
                w.Write(value, NpgsqlDbType.Numeric);
                w.Write("%", NpgsqlDbType.Varchar);
                w.Write((x.a.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Varchar);
                w.Write("Kolada", NpgsqlDbType.Varchar);
                w.Write(kpis[x.k % kpis.Length], NpgsqlDbType.Varchar);
                w.Write(value + 2, NpgsqlDbType.Numeric);
                w.Write(value - 2, NpgsqlDbType.Numeric);
                w.Write(55m, NpgsqlDbType.Numeric);
                w.Write("Riket", NpgsqlDbType.Varchar);
            }, cancellationToken);

        // The cycles: two a year, city-wide; all closed but the last, which is open.
        var cycles = years.SelectMany(y => new[] { false, true }.Select(autumn => (Year: y, Autumn: autumn)))
            .Select((c, i) => (Id: Id(Tag.Cycle, i), c.Year, Opens: CycleOpens(c.Year, c.Autumn), Name: $"{(c.Autumn ? "Höst" : "Vår")} {c.Year}", Index: i))
            .ToList();
        var lastIndex = cycles.Count - 1;
        rows["dialogue_cycles"] = await CopyAsync(
            connection,
            "dialogue_cycles (id, scope_unit_id, name, year, wheel_key, template_id, template_version_id, status, opens_on, preparation_due_on, dialogues_from, "
            + "dialogues_to, closes_on, created_at, created_by, opened_at, opened_by, closed_at, closed_by)",
            cycles, (w, c) =>
            {
                var closed = c.Index != lastIndex;
                w.Write(c.Id, NpgsqlDbType.Uuid);
                w.Write(cityId, NpgsqlDbType.Uuid);
                w.Write(c.Name, NpgsqlDbType.Varchar);
                w.Write(c.Year, NpgsqlDbType.Integer);
                w.WriteNull();
                w.Write(template.TemplateId, NpgsqlDbType.Uuid);
                w.Write(template.VersionId, NpgsqlDbType.Uuid);
                w.Write(closed ? "Closed" : "Open", NpgsqlDbType.Varchar);
                w.Write(c.Opens, NpgsqlDbType.Date);
                w.Write(c.Opens.AddDays(28), NpgsqlDbType.Date);
                w.Write(c.Opens.AddDays(29), NpgsqlDbType.Date);
                w.Write(c.Opens.AddDays(70), NpgsqlDbType.Date);
                w.Write(c.Opens.AddDays(closed ? 80 : 140), NpgsqlDbType.Date);
                w.Write(At(c.Opens.AddDays(-30)), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                w.Write(At(c.Opens), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                WriteIf(w, closed, At(c.Opens.AddDays(80)), NpgsqlDbType.TimestampTz);
                WriteIf(w, closed, By, NpgsqlDbType.Varchar);
            }, cancellationToken);

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
        rows["dialogues"] = await CopyAsync(
            connection,
            "dialogues (id, cycle_id, unit_id, template_version_id, status, answers, created_at, notes_updated_at, notes_updated_by, submitted_at, submitted_by, "
            + "held_on, participants, leadership_response, held_at, held_by, closed_at, closed_by, unfinished_at_cycle_close, reopen_count, overdue_since)",
            dialogues, (w, d) =>
            {
                var submitted = d.Status != "Preparing";
                var held = d.Status is "Held" or "Closed";
                var open = d.Cycle.Index == lastIndex;
                var answered = submitted ? 0.9 : 0.3;
                var answers = TextQuestions.Where(_ => random.NextDouble() < answered).Select(key => new DialogueAnswer(key, DialogueTexts.Answer(random, key))).ToList();
                w.Write(d.Id, NpgsqlDbType.Uuid);
                w.Write(d.Cycle.Id, NpgsqlDbType.Uuid);
                w.Write(d.UnitId, NpgsqlDbType.Uuid);
                w.Write(template.VersionId, NpgsqlDbType.Uuid);
                w.Write(d.Status, NpgsqlDbType.Varchar);
                w.Write(JsonSerializer.Serialize(answers, JsonColumn.Options), NpgsqlDbType.Jsonb);
                w.Write(At(d.Cycle.Opens), NpgsqlDbType.TimestampTz);
                w.Write(At(d.Cycle.Opens.AddDays(20)), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                WriteIf(w, submitted, At(d.Cycle.Opens.AddDays(25)), NpgsqlDbType.TimestampTz);
                WriteIf(w, submitted, By, NpgsqlDbType.Varchar);
                WriteIf(w, held, d.HeldOn, NpgsqlDbType.Date);
                w.Write(held ? new[] { "Enhetschef", "Förvaltningschef" } : Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                WriteIf(w, held, "Ledningen stöttar med resurser för uppföljningen.", NpgsqlDbType.Varchar);
                WriteIf(w, held, At(d.HeldOn), NpgsqlDbType.TimestampTz);
                WriteIf(w, held, By, NpgsqlDbType.Varchar);
                WriteIf(w, d.Status == "Closed", At(d.Cycle.Opens.AddDays(75)), NpgsqlDbType.TimestampTz);
                WriteIf(w, d.Status == "Closed", By, NpgsqlDbType.Varchar);
                w.Write(!open && d.Status != "Closed", NpgsqlDbType.Boolean);
                w.Write(0, NpgsqlDbType.Integer);
                WriteIf(w, !submitted && !open, d.Cycle.Opens.AddDays(29), NpgsqlDbType.Date);
            }, cancellationToken);

        // The year's goals in each of its two dialogues, assessed.
        var goalsOf = goals.Where(g => g.Status != "Dropped").ToLookup(g => (g.UnitId, g.Year));
        string[] assessments = ["OnTrack", "Uncertain", "OffTrack"];
        rows["dialogue_goals"] = await CopyAsync(
            connection, "dialogue_goals (dialogue_id, goal_id, title, rank, assessment, narrative)",
            dialogues.SelectMany(d => goalsOf[(d.UnitId, d.Cycle.Year)].Select(g => (d, g))), (w, x) =>
            {
                var assessed = x.d.Status != "Preparing" || random.Next(2) == 0;
                var assessment = assessments[random.Next(assessments.Length)];
                w.Write(x.d.Id, NpgsqlDbType.Uuid);
                w.Write(x.g.Id, NpgsqlDbType.Uuid);
                w.Write(x.g.Title, NpgsqlDbType.Varchar);
                w.Write(x.g.Rank, NpgsqlDbType.Integer);
                WriteIf(w, assessed, assessment, NpgsqlDbType.Varchar);
                var narratives = DialogueTexts.GoalNarratives[assessment];
                WriteIf(w, assessed && random.Next(10) < 7, narratives[random.Next(narratives.Length)], NpgsqlDbType.Varchar);
            }, cancellationToken);

        // Three agreements in every held dialogue. Those of the last two cycles are partly open; older ones settled.
        var agreements = dialogues.Where(d => d.Status is "Held" or "Closed")
            .SelectMany(d => Enumerable.Range(0, shape.AgreementsPerDialogue).Select(_ => d))
            .Select((d, i) =>
            {
                var roll = random.Next(10);
                var status = d.Cycle.Index >= lastIndex - 1 ? roll < 6 ? "Open" : roll < 9 ? "Done" : "Dropped" : roll < 8 ? "Done" : "Dropped";
                return (Id: Id(Tag.Agreement, i), Dialogue: d, Text: Pick(AgreementTexts), Side: random.Next(4) == 0 ? "Leadership" : "Unit", Status: status);
            }).ToList();
        rows["agreements"] = await CopyAsync(
            connection,
            "agreements (id, unit_id, dialogue_id, cycle_id, description, side, responsible, due_on, status, drop_reason, created_at, created_by, closed_at, closed_by)",
            agreements, (w, a) =>
            {
                w.Write(a.Id, NpgsqlDbType.Uuid);
                w.Write(a.Dialogue.UnitId, NpgsqlDbType.Uuid);
                w.Write(a.Dialogue.Id, NpgsqlDbType.Uuid);
                w.Write(a.Dialogue.Cycle.Id, NpgsqlDbType.Uuid);
                w.Write(a.Text, NpgsqlDbType.Varchar);
                w.Write(a.Side, NpgsqlDbType.Varchar);
                w.Write(a.Side == "Unit" ? "Enhetschefen" : "Förvaltningschefen", NpgsqlDbType.Varchar);
                w.Write(a.Dialogue.HeldOn.AddDays(120), NpgsqlDbType.Date);
                w.Write(a.Status, NpgsqlDbType.Varchar);
                WriteIf(w, a.Status == "Dropped", "Inte längre aktuellt.", NpgsqlDbType.Varchar);
                w.Write(At(a.Dialogue.HeldOn), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                WriteIf(w, a.Status != "Open", At(a.Dialogue.HeldOn.AddDays(60)), NpgsqlDbType.TimestampTz);
                WriteIf(w, a.Status != "Open", By, NpgsqlDbType.Varchar);
            }, cancellationToken);

        // Each dialogue follows up the agreements its unit made in the cycle before.
        var dialogueOf = dialogues.ToDictionary(d => (d.UnitId, d.Cycle.Index), d => d.Id);
        rows["dialogue_follow_ups"] = await CopyAsync(
            connection, "dialogue_follow_ups (dialogue_id, agreement_id, note)",
            agreements.Where(a => a.Dialogue.Cycle.Index < lastIndex).Select(a => (DialogueId: dialogueOf[(a.Dialogue.UnitId, a.Dialogue.Cycle.Index + 1)], AgreementId: a.Id)),
            (w, f) =>
            {
                w.Write(f.DialogueId, NpgsqlDbType.Uuid);
                w.Write(f.AgreementId, NpgsqlDbType.Uuid);
                w.Write("Vi har kommit en bit på väg och fortsätter under hösten.", NpgsqlDbType.Varchar);
            }, cancellationToken);

        // A lesson a unit and year, from its autumn dialogue: most shared with the organisation, some public.
        var autumnDialogues = dialogues.Where(d => d.Cycle.Index % 2 == 1 && d.Status is "Held" or "Closed").ToList();
        rows["lessons"] = await CopyAsync(
            connection,
            "lessons (id, unit_id, dialogue_id, title, context, what_we_tried, what_happened, what_we_learned, tags, visibility, is_failure, status, created_at, created_by, shared_at, shared_by)",
            autumnDialogues.Select((d, i) => (d, i)), (w, x) =>
            {
                var roll = random.Next(10);
                w.Write(Id(Tag.Lesson, x.i), NpgsqlDbType.Uuid);
                w.Write(x.d.UnitId, NpgsqlDbType.Uuid);
                w.Write(x.d.Id, NpgsqlDbType.Uuid);
                w.Write($"Det vi lärde oss om {Pick(GoalTitles).ToLowerInvariant()}", NpgsqlDbType.Varchar);
                w.Write(Sentences(2), NpgsqlDbType.Varchar);
                w.Write(Sentences(1), NpgsqlDbType.Varchar);
                w.Write(Sentences(1), NpgsqlDbType.Varchar);
                w.Write(Sentences(2), NpgsqlDbType.Varchar);
                w.Write(new[] { "arbetsmiljö", "samverkan" }, NpgsqlDbType.Array | NpgsqlDbType.Text);
                w.Write(roll < 7 ? "Organisation" : roll < 9 ? "Public" : "UnitAndLeadership", NpgsqlDbType.Varchar);
                w.Write(roll == 0, NpgsqlDbType.Boolean);
                w.Write("Shared", NpgsqlDbType.Varchar);
                w.Write(At(x.d.HeldOn), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                w.Write(At(x.d.HeldOn.AddDays(7)), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
            }, cancellationToken);

        // Every closed cycle's figures (rollups) and published summaries, for the city and each administration.
        var scopes = new[] { (Id: cityId, Name: CityName) }.Concat(units.Where(u => u.Kind == "Administration").Select(u => (u.Id, u.Name))).ToList();
        var closedCycles = cycles.Where(c => c.Index != lastIndex).ToList();
        var perScope = closedCycles.SelectMany(c => scopes.Select(s => (Cycle: c, Scope: s))).Select((x, i) => (x.Cycle, x.Scope, Index: i, Facts: Facts(x.Scope.Id == cityId ? shape.Units : shape.UnitsPerAdministration, themeIds))).ToList();
        rows["cycle_rollups"] = await CopyAsync(connection, "cycle_rollups (id, cycle_id, unit_id, facts, prepared_at)", perScope, (w, r) =>
        {
            w.Write(Id(Tag.Rollup, r.Index), NpgsqlDbType.Uuid);
            w.Write(r.Cycle.Id, NpgsqlDbType.Uuid);
            w.Write(r.Scope.Id, NpgsqlDbType.Uuid);
            w.Write(JsonSerializer.Serialize(r.Facts, JsonColumn.Options), NpgsqlDbType.Jsonb);
            w.Write(At(r.Cycle.Opens.AddDays(80)), NpgsqlDbType.TimestampTz);
        }, cancellationToken);
        var summaryOf = perScope.ToDictionary(r => r.Index, r => SummaryContent(r.Cycle.Name, r.Cycle.Opens, r.Scope.Name, r.Facts, r.Scope.Id == cityId ? scopes.Skip(1).ToList() : []));
        rows["summaries"] = await CopyAsync(
            connection,
            "summaries (id, cycle_id, unit_id, facts, generated_at, narrative, highlights, quotes, edited_at, edited_by, latest_version, changed_since_published)",
            perScope, (w, r) =>
            {
                var (facts, narrative, highlights) = summaryOf[r.Index];
                w.Write(Id(Tag.Summary, r.Index), NpgsqlDbType.Uuid);
                w.Write(r.Cycle.Id, NpgsqlDbType.Uuid);
                w.Write(r.Scope.Id, NpgsqlDbType.Uuid);
                w.Write(facts, NpgsqlDbType.Jsonb);
                w.Write(At(r.Cycle.Opens.AddDays(85)), NpgsqlDbType.TimestampTz);
                w.Write(narrative, NpgsqlDbType.Varchar);
                w.Write(highlights, NpgsqlDbType.Jsonb);
                w.Write("[]", NpgsqlDbType.Jsonb);
                w.Write(At(r.Cycle.Opens.AddDays(88)), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                w.Write(1, NpgsqlDbType.Integer);
                w.Write(false, NpgsqlDbType.Boolean);
            }, cancellationToken);
        rows["summary_versions"] = await CopyAsync(
            connection, "summary_versions (id, summary_id, number, facts, narrative, highlights, quotes, published_at, published_by)", perScope, (w, r) =>
            {
                var (facts, narrative, highlights) = summaryOf[r.Index];
                w.Write(Id(Tag.SummaryVersion, r.Index), NpgsqlDbType.Uuid);
                w.Write(Id(Tag.Summary, r.Index), NpgsqlDbType.Uuid);
                w.Write(1, NpgsqlDbType.Integer);
                w.Write(facts, NpgsqlDbType.Jsonb);
                w.Write(narrative, NpgsqlDbType.Varchar);
                w.Write(highlights, NpgsqlDbType.Jsonb);
                w.Write("[]", NpgsqlDbType.Jsonb);
                w.Write(At(r.Cycle.Opens.AddDays(90)), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
            }, cancellationToken);

        await using (var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection))
        {
            analyze.CommandTimeout = 600;
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        // What the load benchmark reads: the first administration, the first unit in it, the open cycle, and the
        // city's summary of the last closed cycle.
        var lastClosed = closedCycles[^1];
        var citySummary = perScope.Single(r => r.Cycle.Id == lastClosed.Id && r.Scope.Id == cityId);
        var unitId = workUnits.First(u => administrationOf[u.Id] == administrationIds[0]).Id;
        return new LargeCity(
            cityId, administrationIds[0], unitId, cycles[lastIndex].Id, lastClosed.Id, Id(Tag.Summary, citySummary.Index), TokenSecret, ExecutiveEmail,
            ExecutivePassword, rows, stopwatch.Elapsed);
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
