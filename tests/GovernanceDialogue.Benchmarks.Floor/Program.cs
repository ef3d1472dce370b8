using Npgsql;
using NpgsqlTypes;

// The floor of the load benchmark: the app's six measured reads at the same addresses, each one hand-written SQL
// statement over raw Npgsql that builds the JSON answer in PostgreSQL, written straight to the response. No MVC, no
// EF Core, no mediator, no authentication or authorisation middleware: the reads that need a caller check the bearer
// token (the load benchmark's read token) inside the same statement, by its SHA-256 hash and subtree, as the app does.
// What it leaves out is what the app adds on top of the database work, so "app ÷ floor" is the price of the app's
// layers for the same read. Configuration: ConnectionStrings__Governance and ASPNETCORE_URLS, as for the app.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var connectionString = builder.Configuration.GetConnectionString("Governance")
    ?? throw new InvalidOperationException("Set ConnectionStrings__Governance to the large city's database.");
await using var dataSource = NpgsqlDataSource.Create(connectionString);
var app = builder.Build();

app.MapGet("/api/v1/units/{unitId:guid}/cycles/{cycleId:guid}/record", (HttpContext http, Guid unitId, Guid cycleId) =>
    Json(http, Sql.Record, ("unit", unitId), ("cycle", cycleId)));
app.MapGet("/api/v1/cycles/{cycleId:guid}/dialogues", (HttpContext http, Guid cycleId, Guid? unitId, int? page, int? pageSize) =>
    Json(http, Sql.CycleDialogues, ("cycle", cycleId), ("unit", (object?)unitId ?? DBNull.Value), ("page", page ?? 1), ("size", Math.Clamp(pageSize ?? 50, 1, 200))));
app.MapGet("/api/v1/public/summaries/{id:guid}", (HttpContext http, Guid id) => Json(http, Sql.PublicSummary, ("id", id)));
app.MapGet("/api/v1/search", (HttpContext http, string q, int? page, int? pageSize) =>
    Json(http, Sql.Search, ("q", q), ("page", page ?? 1), ("size", Math.Clamp(pageSize ?? 20, 1, 200))));
app.MapGet("/api/v1/public/missions/{unitId:guid}", (HttpContext http, Guid unitId) => Json(http, Sql.PublicMission, ("unit", unitId)));
app.MapGet("/api/v1/line-of-sight", (HttpContext http, Guid unitId, int? period) =>
    Json(http, Sql.LineOfSight, ("unit", unitId), ("period", period ?? DateTime.UtcNow.Year)));
app.MapGet("/health", () => "ok");
await app.RunAsync();

// Runs the statement (with the caller's bearer secret as @secret) and writes its one JSON value; 404 when it gives none.
async Task Json(HttpContext http, string sql, params (string Name, object Value)[] parameters)
{
    var authorization = http.Request.Headers.Authorization.ToString();
    await using var command = dataSource.CreateCommand(sql);
    command.Parameters.Add(new NpgsqlParameter("secret", NpgsqlDbType.Text) { Value = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization[7..] : "" });
    foreach (var (name, value) in parameters)
    {
        command.Parameters.Add(value is Guid or DBNull && name is "unit" or "cycle" or "id"
            ? new NpgsqlParameter(name, NpgsqlDbType.Uuid) { Value = value }
            : new NpgsqlParameter(name, value));
    }

    var json = await command.ExecuteScalarAsync(http.RequestAborted) as string;
    if (json is null)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        return;
    }

    http.Response.ContentType = "application/json; charset=utf-8";
    await http.Response.WriteAsync(json, http.RequestAborted);
}

/// <summary>The statements: each answers one read in one round trip.</summary>
internal static class Sql
{
    /// <summary>The path of the unit the caller's valid bearer token is for (no row: no valid token).</summary>
    private const string Token = """
        token AS (SELECT tu.path FROM api_tokens t JOIN units tu ON tu.id = t.unit_id
                  WHERE t.secret_hash = sha256(convert_to(@secret, 'UTF8')) AND t.revoked_at IS NULL AND t.expires_at > now())
        """;

    private const string GoalRef = "json_build_object('id', g.id, 'unitId', g.unit_id, 'title', g.title, 'rank', g.rank, 'status', g.status)";

    private const string UnitRef = "json_build_object('id', u.id, 'kind', u.kind, 'name', u.name, 'shortCode', u.short_code)";

    public const string Record = $"""
        WITH {Token},
        u AS (SELECT u.* FROM units u, token WHERE u.id = @unit AND u.path LIKE token.path || '%'),
        c AS (SELECT * FROM dialogue_cycles WHERE id = @cycle),
        d AS (SELECT d.* FROM dialogues d WHERE d.unit_id = @unit AND d.cycle_id = @cycle)
        SELECT json_build_object(
          'unit', json_build_object('id', u.id, 'kind', u.kind, 'name', u.name, 'shortCode', u.short_code,
                                    'parentName', (SELECT p.name FROM units p WHERE p.id = u.parent_id)),
          'cycle', json_build_object('id', c.id, 'name', c.name, 'status', c.status, 'opensOn', c.opens_on, 'preparationDueOn', c.preparation_due_on,
                                     'dialoguesFrom', c.dialogues_from, 'dialoguesTo', c.dialogues_to, 'closesOn', c.closes_on),
          'period', c.year,
          'mission', (SELECT json_build_object('unitId', v.unit_id, 'number', v.number, 'assignmentText', v.assignment_text,
                        'plainLanguageSummary', v.plain_language_summary, 'targetGroups', v.target_groups, 'basis', v.basis,
                        'publishedAt', v.published_at, 'publishedBy', v.published_by)
                      FROM missions m JOIN mission_versions v ON v.unit_id = m.unit_id AND v.number = m.published_version_number WHERE m.unit_id = u.id),
          'analysis', (SELECT json_build_object('id', a.id, 'unitId', a.unit_id, 'period', a.period, 'status', a.status, 'strengths', a.strengths,
                         'challenges', a.challenges, 'risks', a.risks, 'citizenPerspective', a.citizen_perspective,
                         'employeePerspective', a.employee_perspective, 'equalityGroups', a.equality_groups,
                         'equalityPerspective', a.equality_perspective, 'collaborationNeeds', a.collaboration_needs, 'updatedAt', a.updated_at,
                         'updatedBy', a.updated_by, 'completedAt', a.completed_at, 'completedBy', a.completed_by,
                         'observations', (SELECT coalesce(json_agg(json_build_object('id', o.id, 'title', o.title, 'value', o.value,
                                            'unitOfMeasure', o.unit_of_measure, 'period', o.period, 'source', o.source, 'koladaKpiId', o.kolada_kpi_id,
                                            'valueWomen', o.value_women, 'valueMen', o.value_men, 'comparisonValue', o.comparison_value,
                                            'comparisonLabel', o.comparison_label) ORDER BY o.title), '[]') FROM observations o WHERE o.analysis_id = a.id))
                       FROM analyses a WHERE a.unit_id = u.id AND a.period = c.year),
          'goals', (SELECT coalesce(json_agg(json_build_object('id', g.id, 'unitId', g.unit_id, 'period', g.period, 'title', g.title, 'why', g.why,
                      'evidenceIds', g.evidence_ids, 'themeIds', g.theme_ids, 'owner', g.owner, 'howWeWillKnow', g.how_we_will_know,
                      'rank', g.rank, 'status', g.status, 'createdAt', g.created_at, 'closedAt', g.closed_at) ORDER BY g.rank NULLS LAST, g.created_at), '[]')
                    FROM goals g WHERE g.unit_id = u.id AND g.period = c.year),
          'themes', (SELECT coalesce(json_agg(json_build_object('id', t.id, 'name', t.name) ORDER BY t.position), '[]') FROM goal_picture_themes t
                     WHERE t.id IN (SELECT unnest(g.theme_ids) FROM goals g WHERE g.unit_id = u.id AND g.period = c.year)),
          'dialogue', json_build_object('id', d.id, 'status', d.status, 'templateVersion', tv.number,
              'questions', (SELECT json_agg(json_build_object('key', q->>'key', 'kind', q->>'kind', 'text', q->>'text', 'textEnglish', q->>'textEnglish',
                              'help', q->>'help', 'answer', (SELECT x->>'text' FROM jsonb_array_elements(d.answers) x WHERE x->>'key' = q->>'key')))
                            FROM jsonb_array_elements(tv.questions) q),
              'goals', (SELECT coalesce(json_agg(json_build_object('goalId', dg.goal_id, 'title', dg.title, 'rank', dg.rank, 'assessment', dg.assessment,
                          'narrative', dg.narrative) ORDER BY dg.rank), '[]') FROM dialogue_goals dg WHERE dg.dialogue_id = d.id),
              'followUps', (SELECT coalesce(json_agg(json_build_object('agreementId', a.id, 'description', a.description, 'side', a.side,
                              'responsible', a.responsible, 'dueOn', a.due_on, 'status', a.status, 'cycleName', ac.name, 'note', f.note) ORDER BY a.due_on), '[]')
                            FROM dialogue_follow_ups f JOIN agreements a ON a.id = f.agreement_id JOIN dialogue_cycles ac ON ac.id = a.cycle_id
                            WHERE f.dialogue_id = d.id),
              'agreements', (SELECT coalesce(json_agg(json_build_object('id', a.id, 'description', a.description, 'side', a.side, 'responsible', a.responsible,
                               'dueOn', a.due_on, 'status', a.status, 'dropReason', a.drop_reason, 'createdAt', a.created_at, 'createdBy', a.created_by,
                               'closedAt', a.closed_at, 'closedBy', a.closed_by,
                               'notes', (SELECT coalesce(json_agg(json_build_object('at', n.at, 'by', n.by, 'text', n.text) ORDER BY n.at), '[]')
                                         FROM agreement_notes n WHERE n.agreement_id = a.id)) ORDER BY a.created_at), '[]')
                             FROM agreements a WHERE a.dialogue_id = d.id),
              'notesUpdatedAt', d.notes_updated_at, 'submittedAt', d.submitted_at, 'heldOn', d.held_on, 'participants', d.participants,
              'leadershipResponse', d.leadership_response, 'heldAt', d.held_at, 'closedAt', d.closed_at,
              'unfinishedAtCycleClose', d.unfinished_at_cycle_close, 'reopenCount', d.reopen_count),
          'readAt', now())::text
        FROM u, c, d JOIN dialogue_template_versions tv ON tv.id = d.template_version_id
        """;

    public const string CycleDialogues = $"""
        WITH {Token},
        part AS (SELECT u.path FROM units u, token
                 WHERE u.id = coalesce(@unit, (SELECT scope_unit_id FROM dialogue_cycles WHERE id = @cycle)) AND u.path LIKE token.path || '%'
                   AND EXISTS (SELECT 1 FROM dialogue_cycles WHERE id = @cycle)),
        found AS (SELECT d.id, d.cycle_id, u.id AS unit_id, u.name, u.short_code, p.name AS parent_name, d.status, d.overdue_since, d.submitted_at,
                         d.held_on, d.unfinished_at_cycle_close
                  FROM dialogues d JOIN units u ON u.id = d.unit_id LEFT JOIN units p ON p.id = u.parent_id, part
                  WHERE d.cycle_id = @cycle AND u.path LIKE part.path || '%')
        SELECT json_build_object(
          'items', (SELECT coalesce(json_agg(json_build_object('id', f.id, 'cycleId', f.cycle_id, 'unitId', f.unit_id, 'unitName', f.name,
                      'unitShortCode', f.short_code, 'parentName', f.parent_name, 'status', f.status, 'overdueSince', f.overdue_since,
                      'submittedAt', f.submitted_at, 'heldOn', f.held_on, 'unfinishedAtCycleClose', f.unfinished_at_cycle_close) ORDER BY f.name, f.short_code), '[]')
                    FROM (SELECT * FROM found ORDER BY name, short_code LIMIT @size OFFSET (@page - 1) * @size) f),
          'page', @page, 'pageSize', @size, 'totalCount', (SELECT count(*) FROM found))::text
        FROM part
        """;

    public const string PublicSummary = """
        SELECT json_build_object('summaryId', s.id, 'number', v.number, 'latestVersion', s.latest_version, 'cycleId', c.id, 'cycleName', c.name,
                 'opensOn', c.opens_on, 'closesOn', c.closes_on, 'unitId', u.id, 'unitName', u.name, 'facts', v.facts, 'narrative', v.narrative,
                 'highlights', v.highlights, 'quotes', v.quotes, 'publishedAt', v.published_at)::text
        FROM summaries s JOIN summary_versions v ON v.summary_id = s.id AND v.number = s.latest_version
          JOIN dialogue_cycles c ON c.id = s.cycle_id JOIN units u ON u.id = s.unit_id
        WHERE s.id = @id
        """;

    public const string PublicMission = """
        SELECT json_build_object('unitId', u.id, 'unitName', u.name, 'shortCode', u.short_code, 'kind', u.kind, 'parentId', u.parent_id,
                 'ancestors', (SELECT coalesce(json_agg(json_build_object('id', a.id, 'name', a.name) ORDER BY length(a.path)), '[]') FROM units a
                               WHERE a.id = ANY (string_to_array(trim(both '/' from u.path), '/')::uuid[]) AND a.id <> u.id),
                 'number', v.number, 'plainLanguageSummary', v.plain_language_summary, 'assignmentText', v.assignment_text,
                 'targetGroups', v.target_groups, 'basis', v.basis, 'publishedAt', v.published_at)::text
        FROM units u JOIN missions m ON m.unit_id = u.id JOIN mission_versions v ON v.unit_id = m.unit_id AND v.number = m.published_version_number
        WHERE u.id = @unit AND u.valid_from <= current_date AND (u.valid_to IS NULL OR u.valid_to > current_date)
        """;

    /// <summary>
    /// What a read token over the city finds: published missions, the goal picture, completed analyses and goals in its
    /// subtree, shared lessons. Each kind ranked and cut to what the page needs; the snippets only for the page. The
    /// query is written out in each condition (not taken from a CTE) so that the planner can use the GIN indexes;
    /// the matches are found first (OFFSET 0 keeps them apart) because the planner cannot know that the token's subtree is the whole city.
    /// </summary>
    public const string Search = $"""
        WITH {Token},
        q AS (SELECT websearch_to_tsquery('swedish', @q) AS q, (@page * @size) + 1 AS take),
        open AS NOT MATERIALIZED (SELECT id, name, path FROM units WHERE valid_to IS NULL OR valid_to > current_date),
        hits AS (
          (SELECT 'Mission' AS kind, v.unit_id AS id, v.unit_id, o.name AS unit_name, v.plain_language_summary AS title,
                  v.plain_language_summary || ' ' || v.assignment_text AS body, ts_rank(v.search_vector, websearch_to_tsquery('swedish', @q)) AS rank
           FROM mission_versions v JOIN missions m ON m.unit_id = v.unit_id AND m.published_version_number = v.number JOIN open o ON o.id = v.unit_id, q
           WHERE v.search_vector @@ websearch_to_tsquery('swedish', @q) ORDER BY rank DESC LIMIT (SELECT take FROM q))
          UNION ALL
          (SELECT 'GoalPicture', p.id, p.unit_id, o.name, p.vision, p.vision || ' ' || p.narrative,
                  ts_rank(to_tsvector('swedish', p.vision || ' ' || p.narrative), websearch_to_tsquery('swedish', @q)) AS rank
           FROM goal_pictures p JOIN open o ON o.id = p.unit_id, q
           WHERE p.status IN ('Adopted', 'Published') AND to_tsvector('swedish', p.vision || ' ' || p.narrative) @@ websearch_to_tsquery('swedish', @q) ORDER BY rank DESC LIMIT (SELECT take FROM q))
          UNION ALL
          (SELECT 'Analysis', a.id, a.unit_id, o.name, a.period::text,
                  concat_ws(' ', a.strengths, a.challenges, a.risks, a.citizen_perspective, a.employee_perspective, a.equality_perspective, a.collaboration_needs),
                  ts_rank(a.search_vector, websearch_to_tsquery('swedish', @q)) AS rank
           FROM (SELECT * FROM analyses WHERE search_vector @@ websearch_to_tsquery('swedish', @q) OFFSET 0) a JOIN open o ON o.id = a.unit_id, q, token
           WHERE a.status = 'Completed' AND o.path LIKE token.path || '%' ORDER BY rank DESC LIMIT (SELECT take FROM q))
          UNION ALL
          (SELECT 'Goal', g.id, g.unit_id, o.name, g.title, g.title || ' ' || g.why || ' ' || g.how_we_will_know, ts_rank(g.search_vector, websearch_to_tsquery('swedish', @q)) AS rank
           FROM (SELECT * FROM goals WHERE search_vector @@ websearch_to_tsquery('swedish', @q) OFFSET 0) g JOIN open o ON o.id = g.unit_id, q, token
           WHERE o.path LIKE token.path || '%' ORDER BY rank DESC LIMIT (SELECT take FROM q))
          UNION ALL
          (SELECT 'Lesson', l.id, l.unit_id, o.name, l.title, concat_ws(' ', l.title, l.context, l.what_we_tried, l.what_happened, l.what_we_learned),
                  ts_rank(l.search_vector, websearch_to_tsquery('swedish', @q)) AS rank
           FROM lessons l JOIN open o ON o.id = l.unit_id, q
           WHERE l.search_vector @@ websearch_to_tsquery('swedish', @q) AND l.status = 'Shared' AND l.visibility IN ('Organisation', 'Public') ORDER BY rank DESC LIMIT (SELECT take FROM q))),
        page AS (SELECT * FROM hits ORDER BY rank DESC, title LIMIT @size OFFSET (@page - 1) * @size)
        SELECT json_build_object(
          'items', (SELECT coalesce(json_agg(json_build_object('kind', h.kind, 'id', h.id, 'unitId', h.unit_id, 'unitName', h.unit_name, 'title', h.title,
                      'snippetHtml', ts_headline('swedish', h.body, q.q, 'MaxWords=30, MinWords=12, MaxFragments=2'), 'rank', h.rank) ORDER BY h.rank DESC, h.title), '[]')
                    FROM page h, q),
          'page', @page, 'pageSize', @size, 'totalCount', (SELECT count(*) FROM hits))::text
        FROM token
        """;

    public const string LineOfSight = $"""
        WITH {Token},
        root AS (SELECT u.id, u.kind, u.name, u.short_code, u.path FROM units u, token
                 WHERE u.id = @unit AND u.kind <> 'Unit' AND u.path LIKE token.path || '%'),
        us AS (SELECT u.id, u.kind, u.name, u.short_code, CASE WHEN u.kind = 'Unit' THEN split_part(u.path, '/', 3)::uuid END AS administration_id
               FROM units u, root
               WHERE u.path LIKE root.path || '%' AND u.valid_from <= current_date AND (u.valid_to IS NULL OR u.valid_to > current_date)),
        pic AS (SELECT p.id, p.vision, p.number, p.status FROM goal_pictures p, root
                WHERE p.unit_id = split_part(root.path, '/', 2)::uuid AND p.status IN ('Adopted', 'Published') ORDER BY p.number DESC LIMIT 1),
        th AS (SELECT t.* FROM goal_picture_themes t JOIN pic ON t.goal_picture_id = pic.id),
        gs AS (SELECT g.id, g.unit_id, g.title, g.rank, g.status, g.theme_ids FROM goals g JOIN us ON us.id = g.unit_id
               WHERE g.period = @period AND g.status <> 'Dropped'),
        gt AS (SELECT th.id AS theme_id, gs.* FROM gs JOIN th ON th.id = ANY (gs.theme_ids)),
        tu AS (SELECT g.theme_id, g.unit_id, json_agg({GoalRef} ORDER BY g.rank) AS goals FROM gt g GROUP BY g.theme_id, g.unit_id)
        SELECT json_build_object(
          'root', json_build_object('id', root.id, 'kind', root.kind, 'name', root.name, 'shortCode', root.short_code),
          'period', @period,
          'goalPicture', (SELECT json_build_object('id', id, 'vision', vision, 'number', number, 'status', status) FROM pic),
          'themes', (SELECT coalesce(json_agg(json_build_object(
              'theme', json_build_object('id', th.id, 'name', th.name, 'description', th.description, 'cityThemeId', th.city_theme_id, 'position', th.position),
              'administrations', (SELECT coalesce(json_agg(json_build_object(
                  'administration', json_build_object('id', a.id, 'kind', a.kind, 'name', a.name, 'shortCode', a.short_code),
                  'goals', coalesce((SELECT t.goals FROM tu t WHERE t.theme_id = th.id AND t.unit_id = a.id), '[]'),
                  'units', (SELECT coalesce(json_agg(json_build_object('unit', {UnitRef}, 'goals', t.goals) ORDER BY u.name), '[]')
                            FROM us u JOIN tu t ON t.unit_id = u.id AND t.theme_id = th.id WHERE u.administration_id = a.id),
                  'unitsWithoutGoal', (SELECT coalesce(json_agg({UnitRef} ORDER BY u.name), '[]') FROM us u
                            WHERE u.administration_id = a.id AND NOT EXISTS (SELECT 1 FROM tu t WHERE t.theme_id = th.id AND t.unit_id = u.id))
                ) ORDER BY a.name), '[]') FROM us a WHERE a.kind = 'Administration')
            ) ORDER BY th.position), '[]') FROM th),
          'goalsWithoutTheme', (SELECT coalesce(json_agg({GoalRef} ORDER BY g.rank), '[]') FROM gs g
                                WHERE NOT EXISTS (SELECT 1 FROM th WHERE th.id = ANY (g.theme_ids))))::text
        FROM root
        """;
}
