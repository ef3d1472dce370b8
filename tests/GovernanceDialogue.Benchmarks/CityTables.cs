using System.Text.Json;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Summaries;
using GovernanceDialogue.Core.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace GovernanceDialogue.Benchmarks;

/// <summary>A unit of the organisation tree; <c>external_id</c> is the short code in lower case.</summary>
internal sealed record UnitRow(Guid Id, string Kind, string Name, string ShortCode, Guid? ParentId, string Path, DateOnly ValidFrom);

/// <summary>An active user; the email is also the user name. <paramref name="PasswordHash"/>: only for one who signs in.</summary>
internal sealed record UserRow(Guid Id, string DisplayName, string Email, string? PasswordHash, DateTimeOffset CreatedAt);

internal sealed record RoleAssignmentRow(Guid Id, Guid UserId, string Role, Guid UnitId, DateTimeOffset CreatedAt);

/// <summary>A read token: stored as the app stores issued ones (the first 9 characters as hint, the secret's hash).</summary>
internal sealed record ApiTokenRow(Guid Id, string Name, string Scopes, Guid UnitId, string Secret, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

internal sealed record MissionVersionRow(
    Guid Id, Guid UnitId, int Number, string AssignmentText, string PlainLanguageSummary, string[] TargetGroups, string Basis, DateTimeOffset PublishedAt);

internal sealed record MissionRow(
    Guid UnitId, string AssignmentText, string PlainLanguageSummary, string[] TargetGroups, string Basis, DateTimeOffset DraftUpdatedAt,
    int PublishedVersionNumber, bool HasUnpublishedChanges);

/// <summary>A goal picture adopted by the council and published at <paramref name="At"/>, decided that day.</summary>
internal sealed record GoalPictureRow(Guid Id, Guid UnitId, string Vision, DateTimeOffset At);

/// <summary>A theme of a goal picture; its description is "Stadens fokusområde …" with the name.</summary>
internal sealed record ThemeRow(Guid GoalPictureId, Guid Id, string Name, int Position);

internal sealed record GoalSetRow(Guid Id, Guid UnitId, int Period, DateTimeOffset ChangedAt);

/// <summary>A goal; closed (by the generator) when <paramref name="ClosedAt"/> is set.</summary>
internal sealed record GoalRow(
    Guid Id, Guid GoalSetId, Guid UnitId, int Period, string Title, Guid[] ThemeIds, int? Rank, string Status, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt);

internal sealed record AnalysisRow(
    Guid Id, Guid UnitId, int Period, string Status, string Strengths, string Challenges, string Risks, string CitizenPerspective, string EmployeePerspective,
    string[] EqualityGroups, string EqualityPerspective, string CollaborationNeeds, DateTimeOffset UpdatedAt, DateTimeOffset CompletedAt);

internal sealed record ObservationRow(
    Guid Id, Guid AnalysisId, string Title, decimal Value, string UnitOfMeasure, string Period, string Source, string KoladaKpiId, decimal ValueWomen,
    decimal ValueMen, decimal ComparisonValue, string ComparisonLabel);

/// <summary>
/// A cycle in the generated calendar: created 30 days before it opens, opened on <paramref name="OpensOn"/>, preparation
/// due on day 28, dialogues from day 29 to day 70; closed (by the generator) when <paramref name="ClosedAt"/> is set.
/// </summary>
internal sealed record CycleRow(
    Guid Id, Guid ScopeUnitId, string Name, Guid TemplateId, Guid TemplateVersionId, string Status, DateOnly OpensOn, DateOnly ClosesOn, DateTimeOffset? ClosedAt);

/// <summary>
/// A dialogue in the generated calendar of its cycle (opened on <paramref name="CycleOpens"/>): notes written on day
/// 20, submitted on day 25 unless still preparing, held on <paramref name="HeldOn"/> when held or closed, closed on day 75.
/// </summary>
/// <param name="Answers">The answers as the app stores them (jsonb).</param>
internal sealed record DialogueRow(
    Guid Id, Guid CycleId, Guid UnitId, Guid TemplateVersionId, string Status, string Answers, DateOnly CycleOpens, DateOnly HeldOn,
    bool UnfinishedAtCycleClose, DateOnly? OverdueSince)
{
    public bool Submitted => Status != "Preparing";

    public bool Held => Status is "Held" or "Closed";
}

internal sealed record DialogueGoalRow(Guid DialogueId, Guid GoalId, string Title, int Rank, string? Assessment, string? Narrative);

/// <summary>An agreement made in a dialogue held on <paramref name="HeldOn"/>: due 120 days later, settled (unless open) after 60.</summary>
internal sealed record AgreementRow(Guid Id, Guid UnitId, Guid DialogueId, Guid CycleId, string Description, string Side, string Status, DateOnly HeldOn);

internal sealed record FollowUpRow(Guid DialogueId, Guid AgreementId, string Note);

internal sealed record LessonRow(
    Guid Id, Guid UnitId, Guid DialogueId, string Title, string Context, string WhatWeTried, string WhatHappened, string WhatWeLearned, string[] Tags,
    string Visibility, bool IsFailure, string Status, DateTimeOffset CreatedAt, DateTimeOffset SharedAt);

/// <summary>A notification already e-mailed or not to be (email state None).</summary>
internal sealed record NotificationRow(Guid Id, Guid RecipientId, string Kind, Guid SubjectId, string Data, string Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

internal sealed record RollupRow(Guid Id, Guid CycleId, Guid UnitId, CycleFacts Facts, DateTimeOffset PreparedAt);

/// <summary>A summary with one published version; facts, highlights and quotes as stored (JSON).</summary>
internal sealed record SummaryRow(
    Guid Id, Guid CycleId, Guid UnitId, string Facts, DateTimeOffset GeneratedAt, string Narrative, string Highlights, string Quotes, DateTimeOffset EditedAt,
    int LatestVersion, bool ChangedSincePublished);

internal sealed record SummaryVersionRow(
    Guid Id, Guid SummaryId, int Number, string Facts, string Narrative, string Highlights, string Quotes, DateTimeOffset PublishedAt);

/// <summary>
/// How the generators write a city: one binary COPY per table, a method per table taking its rows, with the columns
/// every generated row shares (what the generator sets as the acting user, <see cref="CityGenerator.By"/>; flags a
/// generated row never varies) filled in here. The generators decide what to write: the rows, their ids and order.
/// The row counts are kept per table in the order first written (<see cref="Rows"/>).
/// </summary>
/// <remarks>
/// The rows are written the way the app's own slices would leave them, but in bulk; the rows are enumerated once,
/// while they are written, so a generator's random draws happen in the order of the rows.
/// </remarks>
internal sealed class CityTables : IAsyncDisposable
{
    private const string By = CityGenerator.By;

    private readonly NpgsqlConnection connection;
    private readonly Dictionary<string, long> rows = [];

    private CityTables(NpgsqlConnection connection) => this.connection = connection;

    /// <summary>Rows written per table, in the order the tables were first written.</summary>
    public IReadOnlyDictionary<string, long> Rows => rows;

    /// <summary>Connects to a migrated, empty database (the app's initializer has created the default template).</summary>
    public static async Task<CityTables> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return new CityTables(connection);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    /// <summary>The default dialogue template and its latest version, as the app's initializer created them.</summary>
    public async Task<(Guid TemplateId, Guid VersionId)> DefaultTemplateAsync(CancellationToken cancellationToken)
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

    /// <summary>Statistics as a running database would have them (autovacuum would get there on its own, later).</summary>
    public async Task VacuumAnalyzeAsync(CancellationToken cancellationToken)
    {
        await using var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection);
        analyze.CommandTimeout = 600;
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task UnitsAsync(IEnumerable<UnitRow> units, CancellationToken cancellationToken) =>
        CopyAsync("units", "id, kind, name, short_code, parent_id, path, external_id, valid_from, valid_to", units, (w, u) =>
        {
            w.Write(u.Id, NpgsqlDbType.Uuid);
            w.Write(u.Kind, NpgsqlDbType.Varchar);
            w.Write(u.Name, NpgsqlDbType.Varchar);
            w.Write(u.ShortCode, NpgsqlDbType.Varchar);
            WriteNullable(w, u.ParentId, NpgsqlDbType.Uuid);
            w.Write(u.Path, NpgsqlDbType.Varchar);
            w.Write(u.ShortCode.ToLowerInvariant(), NpgsqlDbType.Varchar);
            w.Write(u.ValidFrom, NpgsqlDbType.Date);
            w.WriteNull();
        }, cancellationToken);

    public Task UsersAsync(IEnumerable<UserRow> users, CancellationToken cancellationToken) =>
        CopyAsync(
            "users",
            "id, display_name, is_active, created_at, user_name, normalized_user_name, email, normalized_email, email_confirmed, password_hash, security_stamp, "
            + "concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count",
            users, (w, u) =>
            {
                w.Write(u.Id, NpgsqlDbType.Uuid);
                w.Write(u.DisplayName, NpgsqlDbType.Varchar);
                w.Write(true, NpgsqlDbType.Boolean);
                w.Write(u.CreatedAt, NpgsqlDbType.TimestampTz);
                w.Write(u.Email, NpgsqlDbType.Varchar);
                w.Write(u.Email.ToUpperInvariant(), NpgsqlDbType.Varchar);
                w.Write(u.Email, NpgsqlDbType.Varchar);
                w.Write(u.Email.ToUpperInvariant(), NpgsqlDbType.Varchar);
                w.Write(true, NpgsqlDbType.Boolean);
                WriteIf(w, u.PasswordHash is not null, u.PasswordHash, NpgsqlDbType.Text);
                w.Write(u.Id.ToString("N").ToUpperInvariant(), NpgsqlDbType.Text);
                w.Write(u.Id.ToString(), NpgsqlDbType.Text);
                w.Write(false, NpgsqlDbType.Boolean);
                w.Write(false, NpgsqlDbType.Boolean);
                w.Write(true, NpgsqlDbType.Boolean);
                w.Write(0, NpgsqlDbType.Integer);
            }, cancellationToken);

    public Task RoleAssignmentsAsync(IEnumerable<RoleAssignmentRow> assignments, CancellationToken cancellationToken) =>
        CopyAsync("role_assignments", "id, user_id, role, unit_id, created_at", assignments, (w, a) =>
        {
            w.Write(a.Id, NpgsqlDbType.Uuid);
            w.Write(a.UserId, NpgsqlDbType.Uuid);
            w.Write(a.Role, NpgsqlDbType.Varchar);
            w.Write(a.UnitId, NpgsqlDbType.Uuid);
            w.Write(a.CreatedAt, NpgsqlDbType.TimestampTz);
        }, cancellationToken);

    public Task ApiTokensAsync(IEnumerable<ApiTokenRow> tokens, CancellationToken cancellationToken) =>
        CopyAsync("api_tokens", "id, name, scopes, unit_id, hint, secret_hash, created_at, created_by, expires_at", tokens, (w, t) =>
        {
            w.Write(t.Id, NpgsqlDbType.Uuid);
            w.Write(t.Name, NpgsqlDbType.Varchar);
            w.Write(t.Scopes, NpgsqlDbType.Varchar);
            w.Write(t.UnitId, NpgsqlDbType.Uuid);
            w.Write(t.Secret[..9], NpgsqlDbType.Varchar);
            w.Write(ApiToken.Hash(t.Secret), NpgsqlDbType.Bytea);
            w.Write(t.CreatedAt, NpgsqlDbType.TimestampTz);
            w.Write(By, NpgsqlDbType.Varchar);
            w.Write(t.ExpiresAt, NpgsqlDbType.TimestampTz);
        }, cancellationToken);

    public Task MissionVersionsAsync(IEnumerable<MissionVersionRow> versions, CancellationToken cancellationToken) =>
        CopyAsync(
            "mission_versions", "id, unit_id, number, assignment_text, plain_language_summary, target_groups, basis, published_at, published_by", versions, (w, v) =>
            {
                w.Write(v.Id, NpgsqlDbType.Uuid);
                w.Write(v.UnitId, NpgsqlDbType.Uuid);
                w.Write(v.Number, NpgsqlDbType.Integer);
                w.Write(v.AssignmentText, NpgsqlDbType.Varchar);
                w.Write(v.PlainLanguageSummary, NpgsqlDbType.Varchar);
                w.Write(v.TargetGroups, NpgsqlDbType.Array | NpgsqlDbType.Text);
                w.Write(v.Basis, NpgsqlDbType.Varchar);
                w.Write(v.PublishedAt, NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
            }, cancellationToken);

    public Task MissionsAsync(IEnumerable<MissionRow> missions, CancellationToken cancellationToken) =>
        CopyAsync(
            "missions",
            "unit_id, assignment_text, plain_language_summary, target_groups, basis, draft_updated_at, draft_updated_by, published_version_number, has_unpublished_changes",
            missions, (w, m) =>
            {
                w.Write(m.UnitId, NpgsqlDbType.Uuid);
                w.Write(m.AssignmentText, NpgsqlDbType.Varchar);
                w.Write(m.PlainLanguageSummary, NpgsqlDbType.Varchar);
                w.Write(m.TargetGroups, NpgsqlDbType.Array | NpgsqlDbType.Text);
                w.Write(m.Basis, NpgsqlDbType.Varchar);
                w.Write(m.DraftUpdatedAt, NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                w.Write(m.PublishedVersionNumber, NpgsqlDbType.Integer);
                w.Write(m.HasUnpublishedChanges, NpgsqlDbType.Boolean);
            }, cancellationToken);

    public Task GoalPicturesAsync(IEnumerable<GoalPictureRow> pictures, CancellationToken cancellationToken) =>
        CopyAsync(
            "goal_pictures",
            "id, unit_id, number, status, vision, narrative, created_at, changed_at, adopted_at, adopted_by, published_at, published_by, decision_date",
            pictures, (w, p) =>
            {
                w.Write(p.Id, NpgsqlDbType.Uuid);
                w.Write(p.UnitId, NpgsqlDbType.Uuid);
                w.Write(1, NpgsqlDbType.Integer);
                w.Write("Published", NpgsqlDbType.Varchar);
                w.Write(p.Vision, NpgsqlDbType.Varchar);
                w.Write("Målbilden antogs av kommunfullmäktige efter dialog med verksamheterna och invånarna.", NpgsqlDbType.Varchar);
                w.Write(p.At, NpgsqlDbType.TimestampTz);
                w.Write(p.At, NpgsqlDbType.TimestampTz);
                w.Write(p.At, NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                w.Write(p.At, NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                w.Write(DateOnly.FromDateTime(p.At.UtcDateTime), NpgsqlDbType.Date);
            }, cancellationToken);

    public Task ThemesAsync(IEnumerable<ThemeRow> themes, CancellationToken cancellationToken) =>
        CopyAsync("goal_picture_themes", "goal_picture_id, id, name, description, position", themes, (w, t) =>
        {
            w.Write(t.GoalPictureId, NpgsqlDbType.Uuid);
            w.Write(t.Id, NpgsqlDbType.Uuid);
            w.Write(t.Name, NpgsqlDbType.Varchar);
            w.Write($"Stadens fokusområde {t.Name.ToLowerInvariant()}.", NpgsqlDbType.Varchar);
            w.Write(t.Position, NpgsqlDbType.Integer);
        }, cancellationToken);

    public Task GoalSetsAsync(IEnumerable<GoalSetRow> sets, CancellationToken cancellationToken) =>
        CopyAsync("goal_sets", "id, unit_id, period, changed_at, revision", sets, (w, s) =>
        {
            w.Write(s.Id, NpgsqlDbType.Uuid);
            w.Write(s.UnitId, NpgsqlDbType.Uuid);
            w.Write(s.Period, NpgsqlDbType.Integer);
            w.Write(s.ChangedAt, NpgsqlDbType.TimestampTz);
            w.Write(1, NpgsqlDbType.Integer);
        }, cancellationToken);

    /// <summary>Goals with the same why, owner and follow-up text, and no evidence.</summary>
    public Task GoalsAsync(IEnumerable<GoalRow> goals, CancellationToken cancellationToken) =>
        CopyAsync(
            "goals",
            "id, goal_set_id, unit_id, period, title, why, evidence_ids, theme_ids, owner, how_we_will_know, rank, status, created_at, closed_at, closed_by",
            goals, (w, g) =>
            {
                w.Write(g.Id, NpgsqlDbType.Uuid);
                w.Write(g.GoalSetId, NpgsqlDbType.Uuid);
                w.Write(g.UnitId, NpgsqlDbType.Uuid);
                w.Write(g.Period, NpgsqlDbType.Integer);
                w.Write(g.Title, NpgsqlDbType.Varchar);
                w.Write("Analysen visar att vi behöver göra mer här.", NpgsqlDbType.Varchar);
                w.Write(Array.Empty<Guid>(), NpgsqlDbType.Array | NpgsqlDbType.Uuid);
                w.Write(g.ThemeIds, NpgsqlDbType.Array | NpgsqlDbType.Uuid);
                w.Write("Enhetschefen", NpgsqlDbType.Varchar);
                w.Write("Uppföljning varje kvartal.", NpgsqlDbType.Varchar);
                WriteNullable(w, g.Rank, NpgsqlDbType.Integer);
                w.Write(g.Status, NpgsqlDbType.Varchar);
                w.Write(g.CreatedAt, NpgsqlDbType.TimestampTz);
                WriteNullable(w, g.ClosedAt, NpgsqlDbType.TimestampTz);
                WriteIf(w, g.ClosedAt is not null, By, NpgsqlDbType.Varchar);
            }, cancellationToken);

    public Task AnalysesAsync(IEnumerable<AnalysisRow> analyses, CancellationToken cancellationToken) =>
        CopyAsync(
            "analyses",
            "id, unit_id, period, status, strengths, challenges, risks, citizen_perspective, employee_perspective, equality_groups, equality_perspective, "
            + "collaboration_needs, updated_at, updated_by, completed_at, completed_by",
            analyses, (w, a) =>
            {
                w.Write(a.Id, NpgsqlDbType.Uuid);
                w.Write(a.UnitId, NpgsqlDbType.Uuid);
                w.Write(a.Period, NpgsqlDbType.Integer);
                w.Write(a.Status, NpgsqlDbType.Varchar);
                w.Write(a.Strengths, NpgsqlDbType.Varchar);
                w.Write(a.Challenges, NpgsqlDbType.Varchar);
                w.Write(a.Risks, NpgsqlDbType.Varchar);
                w.Write(a.CitizenPerspective, NpgsqlDbType.Varchar);
                w.Write(a.EmployeePerspective, NpgsqlDbType.Varchar);
                w.Write(a.EqualityGroups, NpgsqlDbType.Array | NpgsqlDbType.Text);
                w.Write(a.EqualityPerspective, NpgsqlDbType.Varchar);
                w.Write(a.CollaborationNeeds, NpgsqlDbType.Varchar);
                w.Write(a.UpdatedAt, NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                w.Write(a.CompletedAt, NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
            }, cancellationToken);

    public Task ObservationsAsync(IEnumerable<ObservationRow> observations, CancellationToken cancellationToken) =>
        CopyAsync(
            "observations",
            "id, analysis_id, title, value, unit_of_measure, period, source, kolada_kpi_id, value_women, value_men, comparison_value, comparison_label",
            observations, (w, o) =>
            {
                w.Write(o.Id, NpgsqlDbType.Uuid);
                w.Write(o.AnalysisId, NpgsqlDbType.Uuid);
                w.Write(o.Title, NpgsqlDbType.Varchar);
                w.Write(o.Value, NpgsqlDbType.Numeric);
                w.Write(o.UnitOfMeasure, NpgsqlDbType.Varchar);
                w.Write(o.Period, NpgsqlDbType.Varchar);
                w.Write(o.Source, NpgsqlDbType.Varchar);
                w.Write(o.KoladaKpiId, NpgsqlDbType.Varchar);
                w.Write(o.ValueWomen, NpgsqlDbType.Numeric);
                w.Write(o.ValueMen, NpgsqlDbType.Numeric);
                w.Write(o.ComparisonValue, NpgsqlDbType.Numeric);
                w.Write(o.ComparisonLabel, NpgsqlDbType.Varchar);
            }, cancellationToken);

    public Task CyclesAsync(IEnumerable<CycleRow> cycles, CancellationToken cancellationToken) =>
        CopyAsync(
            "dialogue_cycles",
            "id, scope_unit_id, name, year, wheel_key, template_id, template_version_id, status, opens_on, preparation_due_on, dialogues_from, "
            + "dialogues_to, closes_on, created_at, created_by, opened_at, opened_by, closed_at, closed_by",
            cycles, (w, c) =>
            {
                w.Write(c.Id, NpgsqlDbType.Uuid);
                w.Write(c.ScopeUnitId, NpgsqlDbType.Uuid);
                w.Write(c.Name, NpgsqlDbType.Varchar);
                w.Write(c.OpensOn.Year, NpgsqlDbType.Integer);
                w.WriteNull();
                w.Write(c.TemplateId, NpgsqlDbType.Uuid);
                w.Write(c.TemplateVersionId, NpgsqlDbType.Uuid);
                w.Write(c.Status, NpgsqlDbType.Varchar);
                w.Write(c.OpensOn, NpgsqlDbType.Date);
                w.Write(c.OpensOn.AddDays(28), NpgsqlDbType.Date);
                w.Write(c.OpensOn.AddDays(29), NpgsqlDbType.Date);
                w.Write(c.OpensOn.AddDays(70), NpgsqlDbType.Date);
                w.Write(c.ClosesOn, NpgsqlDbType.Date);
                w.Write(CityGenerator.At(c.OpensOn.AddDays(-30)), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                w.Write(CityGenerator.At(c.OpensOn), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                WriteNullable(w, c.ClosedAt, NpgsqlDbType.TimestampTz);
                WriteIf(w, c.ClosedAt is not null, By, NpgsqlDbType.Varchar);
            }, cancellationToken);

    /// <summary>Dialogues; a held one with the same participants and leadership response.</summary>
    public Task DialoguesAsync(IEnumerable<DialogueRow> dialogues, CancellationToken cancellationToken) =>
        CopyAsync(
            "dialogues",
            "id, cycle_id, unit_id, template_version_id, status, answers, created_at, notes_updated_at, notes_updated_by, submitted_at, submitted_by, "
            + "held_on, participants, leadership_response, held_at, held_by, closed_at, closed_by, unfinished_at_cycle_close, reopen_count, overdue_since",
            dialogues, (w, d) =>
            {
                var closed = d.Status == "Closed";
                w.Write(d.Id, NpgsqlDbType.Uuid);
                w.Write(d.CycleId, NpgsqlDbType.Uuid);
                w.Write(d.UnitId, NpgsqlDbType.Uuid);
                w.Write(d.TemplateVersionId, NpgsqlDbType.Uuid);
                w.Write(d.Status, NpgsqlDbType.Varchar);
                w.Write(d.Answers, NpgsqlDbType.Jsonb);
                w.Write(CityGenerator.At(d.CycleOpens), NpgsqlDbType.TimestampTz);
                w.Write(CityGenerator.At(d.CycleOpens.AddDays(20)), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                WriteIf(w, d.Submitted, CityGenerator.At(d.CycleOpens.AddDays(25)), NpgsqlDbType.TimestampTz);
                WriteIf(w, d.Submitted, By, NpgsqlDbType.Varchar);
                WriteIf(w, d.Held, d.HeldOn, NpgsqlDbType.Date);
                w.Write(d.Held ? new[] { "Enhetschef", "Förvaltningschef" } : Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                WriteIf(w, d.Held, "Ledningen stöttar med resurser för uppföljningen.", NpgsqlDbType.Varchar);
                WriteIf(w, d.Held, CityGenerator.At(d.HeldOn), NpgsqlDbType.TimestampTz);
                WriteIf(w, d.Held, By, NpgsqlDbType.Varchar);
                WriteIf(w, closed, CityGenerator.At(d.CycleOpens.AddDays(75)), NpgsqlDbType.TimestampTz);
                WriteIf(w, closed, By, NpgsqlDbType.Varchar);
                w.Write(d.UnfinishedAtCycleClose, NpgsqlDbType.Boolean);
                w.Write(0, NpgsqlDbType.Integer);
                WriteNullable(w, d.OverdueSince, NpgsqlDbType.Date);
            }, cancellationToken);

    public Task DialogueGoalsAsync(IEnumerable<DialogueGoalRow> goals, CancellationToken cancellationToken) =>
        CopyAsync("dialogue_goals", "dialogue_id, goal_id, title, rank, assessment, narrative", goals, (w, g) =>
        {
            w.Write(g.DialogueId, NpgsqlDbType.Uuid);
            w.Write(g.GoalId, NpgsqlDbType.Uuid);
            w.Write(g.Title, NpgsqlDbType.Varchar);
            w.Write(g.Rank, NpgsqlDbType.Integer);
            WriteIf(w, g.Assessment is not null, g.Assessment, NpgsqlDbType.Varchar);
            WriteIf(w, g.Narrative is not null, g.Narrative, NpgsqlDbType.Varchar);
        }, cancellationToken);

    /// <summary>Agreements: the unit's manager or the administration's head responsible, by side; a dropped one says why.</summary>
    public Task AgreementsAsync(IEnumerable<AgreementRow> agreements, CancellationToken cancellationToken) =>
        CopyAsync(
            "agreements",
            "id, unit_id, dialogue_id, cycle_id, description, side, responsible, due_on, status, drop_reason, created_at, created_by, closed_at, closed_by",
            agreements, (w, a) =>
            {
                var settled = a.Status != "Open";
                w.Write(a.Id, NpgsqlDbType.Uuid);
                w.Write(a.UnitId, NpgsqlDbType.Uuid);
                w.Write(a.DialogueId, NpgsqlDbType.Uuid);
                w.Write(a.CycleId, NpgsqlDbType.Uuid);
                w.Write(a.Description, NpgsqlDbType.Varchar);
                w.Write(a.Side, NpgsqlDbType.Varchar);
                w.Write(a.Side == "Unit" ? "Enhetschefen" : "Förvaltningschefen", NpgsqlDbType.Varchar);
                w.Write(a.HeldOn.AddDays(120), NpgsqlDbType.Date);
                w.Write(a.Status, NpgsqlDbType.Varchar);
                WriteIf(w, a.Status == "Dropped", "Inte längre aktuellt.", NpgsqlDbType.Varchar);
                w.Write(CityGenerator.At(a.HeldOn), NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                WriteIf(w, settled, CityGenerator.At(a.HeldOn.AddDays(60)), NpgsqlDbType.TimestampTz);
                WriteIf(w, settled, By, NpgsqlDbType.Varchar);
            }, cancellationToken);

    public Task FollowUpsAsync(IEnumerable<FollowUpRow> followUps, CancellationToken cancellationToken) =>
        CopyAsync("dialogue_follow_ups", "dialogue_id, agreement_id, note", followUps, (w, f) =>
        {
            w.Write(f.DialogueId, NpgsqlDbType.Uuid);
            w.Write(f.AgreementId, NpgsqlDbType.Uuid);
            w.Write(f.Note, NpgsqlDbType.Varchar);
        }, cancellationToken);

    public Task LessonsAsync(IEnumerable<LessonRow> lessons, CancellationToken cancellationToken) =>
        CopyAsync(
            "lessons",
            "id, unit_id, dialogue_id, title, context, what_we_tried, what_happened, what_we_learned, tags, visibility, is_failure, status, created_at, created_by, shared_at, shared_by",
            lessons, (w, l) =>
            {
                w.Write(l.Id, NpgsqlDbType.Uuid);
                w.Write(l.UnitId, NpgsqlDbType.Uuid);
                w.Write(l.DialogueId, NpgsqlDbType.Uuid);
                w.Write(l.Title, NpgsqlDbType.Varchar);
                w.Write(l.Context, NpgsqlDbType.Varchar);
                w.Write(l.WhatWeTried, NpgsqlDbType.Varchar);
                w.Write(l.WhatHappened, NpgsqlDbType.Varchar);
                w.Write(l.WhatWeLearned, NpgsqlDbType.Varchar);
                w.Write(l.Tags, NpgsqlDbType.Array | NpgsqlDbType.Text);
                w.Write(l.Visibility, NpgsqlDbType.Varchar);
                w.Write(l.IsFailure, NpgsqlDbType.Boolean);
                w.Write(l.Status, NpgsqlDbType.Varchar);
                w.Write(l.CreatedAt, NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                w.Write(l.SharedAt, NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
            }, cancellationToken);

    public Task NotificationsAsync(IEnumerable<NotificationRow> notifications, CancellationToken cancellationToken) =>
        CopyAsync("notifications", "id, recipient_id, kind, subject_id, data, link, created_at, read_at, email_state, email_attempts", notifications, (w, n) =>
        {
            w.Write(n.Id, NpgsqlDbType.Uuid);
            w.Write(n.RecipientId, NpgsqlDbType.Uuid);
            w.Write(n.Kind, NpgsqlDbType.Varchar);
            w.Write(n.SubjectId, NpgsqlDbType.Uuid);
            w.Write(n.Data, NpgsqlDbType.Jsonb);
            w.Write(n.Link, NpgsqlDbType.Varchar);
            w.Write(n.CreatedAt, NpgsqlDbType.TimestampTz);
            WriteNullable(w, n.ReadAt, NpgsqlDbType.TimestampTz);
            w.Write("None", NpgsqlDbType.Varchar);
            w.Write(0, NpgsqlDbType.Integer);
        }, cancellationToken);

    public Task RollupsAsync(IEnumerable<RollupRow> rollups, CancellationToken cancellationToken) =>
        CopyAsync("cycle_rollups", "id, cycle_id, unit_id, facts, prepared_at", rollups, (w, r) =>
        {
            w.Write(r.Id, NpgsqlDbType.Uuid);
            w.Write(r.CycleId, NpgsqlDbType.Uuid);
            w.Write(r.UnitId, NpgsqlDbType.Uuid);
            w.Write(JsonSerializer.Serialize(r.Facts, JsonColumn.Options), NpgsqlDbType.Jsonb);
            w.Write(r.PreparedAt, NpgsqlDbType.TimestampTz);
        }, cancellationToken);

    public Task SummariesAsync(IEnumerable<SummaryRow> summaries, CancellationToken cancellationToken) =>
        CopyAsync(
            "summaries",
            "id, cycle_id, unit_id, facts, generated_at, narrative, highlights, quotes, edited_at, edited_by, latest_version, changed_since_published",
            summaries, (w, s) =>
            {
                w.Write(s.Id, NpgsqlDbType.Uuid);
                w.Write(s.CycleId, NpgsqlDbType.Uuid);
                w.Write(s.UnitId, NpgsqlDbType.Uuid);
                w.Write(s.Facts, NpgsqlDbType.Jsonb);
                w.Write(s.GeneratedAt, NpgsqlDbType.TimestampTz);
                w.Write(s.Narrative, NpgsqlDbType.Varchar);
                w.Write(s.Highlights, NpgsqlDbType.Jsonb);
                w.Write(s.Quotes, NpgsqlDbType.Jsonb);
                w.Write(s.EditedAt, NpgsqlDbType.TimestampTz);
                w.Write(By, NpgsqlDbType.Varchar);
                w.Write(s.LatestVersion, NpgsqlDbType.Integer);
                w.Write(s.ChangedSincePublished, NpgsqlDbType.Boolean);
            }, cancellationToken);

    public Task SummaryVersionsAsync(IEnumerable<SummaryVersionRow> versions, CancellationToken cancellationToken) =>
        CopyAsync("summary_versions", "id, summary_id, number, facts, narrative, highlights, quotes, published_at, published_by", versions, (w, v) =>
        {
            w.Write(v.Id, NpgsqlDbType.Uuid);
            w.Write(v.SummaryId, NpgsqlDbType.Uuid);
            w.Write(v.Number, NpgsqlDbType.Integer);
            w.Write(v.Facts, NpgsqlDbType.Jsonb);
            w.Write(v.Narrative, NpgsqlDbType.Varchar);
            w.Write(v.Highlights, NpgsqlDbType.Jsonb);
            w.Write(v.Quotes, NpgsqlDbType.Jsonb);
            w.Write(v.PublishedAt, NpgsqlDbType.TimestampTz);
            w.Write(By, NpgsqlDbType.Varchar);
        }, cancellationToken);

    /// <summary>One binary COPY of the rows into the table; the count is added to the table's in <see cref="Rows"/>.</summary>
    private async Task CopyAsync<T>(string table, string columns, IEnumerable<T> items, Action<NpgsqlBinaryImporter, T> write, CancellationToken cancellationToken)
    {
        long written;
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var item in items)
            {
                await importer.StartRowAsync(cancellationToken);
                write(importer, item);
            }

            written = (long)await importer.CompleteAsync(cancellationToken);
        }

        rows[table] = rows.GetValueOrDefault(table) + written;
    }

    private static void WriteIf<T>(NpgsqlBinaryImporter writer, bool condition, T value, NpgsqlDbType type)
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

    private static void WriteNullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type)
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
