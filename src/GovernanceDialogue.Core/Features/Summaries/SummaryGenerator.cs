using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Domain.Summaries;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Summaries;

/// <summary>
/// Builds the facts of a cycle's summaries from its dialogues: the figures (<see cref="CycleRollupBuilder"/>), the
/// recurring challenges and the support asked of leadership, the comparison of administrations and the trend. It
/// reads only submitted dialogues and never copies a note: challenges and support are words that recur in several
/// dialogues, counted per dialogue; stop words and everyday words (<see cref="GenericWords"/>) do not count, a word
/// that is only ever written capitalised (a name, a place) never counts, and no word of any user's name ever appears. A fixed number of queries per summary, whatever the number of dialogues.
/// </summary>
public sealed class SummaryGenerator(AppDbContext db, CycleRollupBuilder figures)
{
    /// <summary>The default template's questions the challenges are read from.</summary>
    public static readonly string[] ChallengeQuestions = ["current-state", "did-not-work"];

    /// <summary>The default template's question where units ask leadership for support.</summary>
    public const string SupportQuestion = "obstacles-and-support";

    /// <summary>The default template's question where units share what did not work and what they learned.</summary>
    public const string LessonQuestion = "did-not-work";

    /// <summary>
    /// Everyday words that are not stop words to the stemmer but say nothing about a challenge ("behöver", "flera",
    /// "medarbetare"): compared by stem, so their other forms are left out too.
    /// </summary>
    public static readonly string[] GenericWords =
    [
        "behöver", "behov", "flera", "många", "mycket", "mer", "mest", "eftersom", "också", "fortfarande", "redan",
        "alltid", "ofta", "ibland", "samt", "genom", "kring", "inom", "utan", "mellan", "bland", "några", "andra",
        "alla", "varje", "hela", "egen", "egna", "själva", "finns", "fanns", "måste", "kunna", "kan", "kunde", "ska",
        "skulle", "kommer", "komma", "göra", "gör", "gjort", "gjorde", "fått", "får", "blir", "blivit", "varit",
        "vill", "ville", "sett", "ser", "tycker", "tror", "visar", "visat", "gäller", "arbete", "arbetet", "arbetar",
        "jobbar", "verksamhet", "verksamheten", "enhet", "enheten", "enheter", "enheterna", "medarbetare", "personal",
        "personalen", "dialog", "dialogen", "året", "tiden", "tid", "sätt", "sättet", "del", "delar", "bättre", "bra",
        "stor", "stora", "större", "liten", "små", "viktigt", "viktiga", "tydligt", "tydlig", "nya", "nytt", "ny",
        "både", "dock", "just", "sedan", "snart", "bara", "helt", "även", "denna", "detta", "dessa", "fler",
    ];

    public const int TopicCount = 8;
    public const int TrendLength = 6;

    private sealed record TopicRow(string Term, int Dialogues);

    private sealed record CountRow(int AskingSupport, int LessonsShared);

    private sealed record TrendRow(Guid UnitId, Guid CycleId, string CycleName, DateOnly OpensOn, CycleFacts Facts);

    /// <summary>
    /// The facts for each of <paramref name="unitIds"/> (the scope or administrations in it); without ids, for the
    /// scope and every administration that has dialogues in the cycle. <paramref name="prepared"/>: the cycle's figures
    /// when the caller has just computed them (closing prepares them), so they are not computed twice.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, SummaryFacts>> BuildAsync(
        DialogueCycle cycle, IReadOnlyCollection<Guid>? unitIds, IReadOnlyList<(Guid UnitId, CycleFacts Facts)>? prepared, CancellationToken cancellationToken)
    {
        var computed = prepared ?? await figures.ComputeAsync(cycle, cancellationToken);
        var byUnit = computed.ToDictionary(c => c.UnitId, c => c.Facts);
        unitIds ??= computed.Select(c => c.UnitId).ToList();
        var wantedIds = unitIds.Concat(computed.Select(c => c.UnitId)).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => wantedIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.Path, u.Kind }).ToDictionaryAsync(u => u.Id, cancellationToken);
        var trends = await TrendsAsync(cycle, unitIds, cancellationToken);

        var result = new Dictionary<Guid, SummaryFacts>();
        foreach (var unitId in unitIds)
        {
            var unit = units[unitId];
            var facts = byUnit.GetValueOrDefault(unitId) ?? Empty;
            var pattern = unit.Path + "%";
            var challenges = await TopicsAsync(cycle.Id, pattern, ChallengeQuestions, cancellationToken);
            var support = await TopicsAsync(cycle.Id, pattern, [SupportQuestion], cancellationToken);
            var counts = await db.Database.SqlQuery<CountRow>(
                $"""
                SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(d.answers) a WHERE a->>'key' = {SupportQuestion}))::int AS asking_support,
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(d.answers) a WHERE a->>'key' = {LessonQuestion}))::int AS lessons_shared
                FROM dialogues d JOIN units u ON u.id = d.unit_id
                WHERE d.cycle_id = {cycle.Id} AND d.status <> 'Preparing' AND u.path LIKE {pattern}
                """).SingleAsync(cancellationToken);
            var parts = unit.Kind == UnitKind.City
                ? computed.Where(c => c.UnitId != unitId && units.ContainsKey(c.UnitId))
                    .Select(c => Part(c.UnitId, units[c.UnitId].Name, c.Facts))
                    .OrderBy(p => p.Name, StringComparer.Ordinal).ToList()
                : [];
            var trend = trends.Where(t => t.UnitId == unitId).OrderByDescending(t => t.OpensOn).Take(TrendLength - 1)
                .Select(t => Point(t.CycleId, t.CycleName, t.OpensOn, t.Facts))
                .Append(Point(cycle.Id, cycle.Name, cycle.OpensOn, facts))
                .OrderBy(p => p.OpensOn).ToList();
            result[unitId] = new SummaryFacts(
                cycle.Name, cycle.OpensOn, cycle.ClosesOn, unit.Name, facts,
                challenges.Select(t => new RecurringTopic(t.Term, t.Dialogues)).ToList(),
                support.Select(t => new RecurringTopic(t.Term, t.Dialogues)).ToList(),
                counts.AskingSupport, counts.LessonsShared, parts, trend);
        }

        return result;
    }

    private static readonly CycleFacts Empty = new(0, 0, 0, 0, 0, 0, [], 0, 0, 0, 0, 0, 0);

    private static PartFigures Part(Guid unitId, string name, CycleFacts f) =>
        new(unitId, name, f.Dialogues, f.Held + f.Closed, f.Themes.Sum(t => t.OnTrack), f.Themes.Sum(t => t.OnTrack + t.Uncertain + t.OffTrack), f.AgreementsMade, f.AgreementsDone);

    private static TrendPoint Point(Guid cycleId, string name, DateOnly opensOn, CycleFacts f) =>
        new(cycleId, name, opensOn, f.Themes.Sum(t => t.OnTrack), f.Themes.Sum(t => t.OnTrack + t.Uncertain + t.OffTrack), f.AgreementsMade, f.AgreementsDone);

    /// <summary>The figures prepared when the earlier cycles of these units closed.</summary>
    private Task<List<TrendRow>> TrendsAsync(DialogueCycle cycle, IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken) =>
        (from r in db.CycleRollups.AsNoTracking()
         join c in db.Cycles on r.CycleId equals c.Id
         where unitIds.Contains(r.UnitId) && c.Id != cycle.Id && c.OpensOn < cycle.OpensOn
         select new TrendRow(r.UnitId, c.Id, c.Name, c.OpensOn, r.Facts)).ToListAsync(cancellationToken);

    /// <summary>
    /// The Swedish stems that recur in at least two dialogues' answers to <paramref name="questions"/>, each shown in
    /// its commonest form. <c>ts_lexize</c> with the Swedish snowball stemmer returns no stem for stop words.
    /// </summary>
    private Task<List<TopicRow>> TopicsAsync(Guid cycleId, string pattern, string[] questions, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<TopicRow>(
            $"""
            WITH words AS (
                SELECT d.id AS dialogue_id, lower(w.word) AS word, w.word = lower(w.word) AS lowercase,
                       (ts_lexize('swedish_stem', lower(w.word)))[1] AS stem
                FROM dialogues d
                JOIN units u ON u.id = d.unit_id
                CROSS JOIN LATERAL jsonb_array_elements(d.answers) a
                CROSS JOIN LATERAL regexp_split_to_table(a->>'text', '[^a-zA-ZåäöÅÄÖéÉüÜ]+') AS w(word)
                WHERE d.cycle_id = {cycleId} AND d.status <> 'Preparing' AND u.path LIKE {pattern}
                  AND a->>'key' = ANY({questions}) AND length(w.word) >= 4
            ), common AS (
                SELECT DISTINCT stem FROM words WHERE lowercase AND stem IS NOT NULL
                EXCEPT SELECT (ts_lexize('swedish_stem', g))[1] FROM unnest({GenericWords}) AS g
            ), named AS (
                SELECT DISTINCT lower(n.part) AS word FROM users, regexp_split_to_table(display_name, '\s+') AS n(part)
            ), counted AS (
                SELECT stem, word, dialogue_id, count(*) OVER (PARTITION BY stem, word) AS uses
                FROM words WHERE stem IN (SELECT stem FROM common) AND word NOT IN (SELECT word FROM named)
            )
            SELECT (array_agg(word ORDER BY uses DESC, word))[1] AS term, count(DISTINCT dialogue_id)::int AS dialogues
            FROM counted
            GROUP BY stem
            HAVING count(DISTINCT dialogue_id) >= 2
            ORDER BY dialogues DESC, term
            LIMIT {TopicCount}
            """).ToListAsync(cancellationToken);
}
