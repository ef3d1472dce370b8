using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Demo;

/// <summary>
/// Finger 5 of the demo city, relative to today: a yearly wheel with two cycles a year; the previous cycle closed,
/// every dialogue held and closed with agreements (some kept, some still open); the current cycle open just past its
/// preparation deadline — Solbackens förskola still preparing, Kulturskolan and two other school units submitted,
/// a few care units held, the rest overdue. Part of the demo city's one transaction.
/// </summary>
public sealed class DemoDialoguesSeeder(AppDbContext db, ISender sender, CycleOpener opener, AuditTrail audit, TimeProvider clock)
{
    public const string PreparingUnit = "SKOF-SOLB";
    public static readonly string[] SubmittedUnits = ["SKOF-KULT", "SKOF-STRA", "SKOF-EHT"];
    public static readonly string[] HeldUnits = ["VOF-HTN", "VOF-HTC", "VOF-EKB"];

    /// <summary>Days relative to today of the current cycle: opened 35 days ago, preparation due 3 days ago.</summary>
    private static readonly (int Opens, int Due, int From, int To, int Closes) Current = (-35, -3, -2, 20, 30);

    private static readonly string[] Answers =
    [
        "mission-and-goal-picture|Vårt uppdrag bidrar mest till {0}. Det märks när barn, elever och brukare får stöd i tid och kan vara delaktiga.",
        "current-state|Nulägesanalysen visar att vi har stabila arbetslag men att skillnaderna mellan grupper är för stora. Personalomsättningen har minskat.",
        "went-well|Samarbetet med vårdnadshavare och närstående har blivit bättre. Vi har infört korta uppföljningsmöten varannan vecka som alla uppskattar.",
        "did-not-work|Vi försökte samla all dokumentation i ett nytt system, men det tog tid från mötena med dem vi är till för. Vi har lärt oss att börja smått och pröva först.",
        "citizens-voice|I enkäten och i samtal säger många att de blir bemötta med respekt, men att det är svårt att få information i tid.",
        "equality|Flickor och barn från Solbacken deltar mindre i de fria aktiviteterna. Vi testar riktade inbjudningar och fler aktiviteter nära hemmet.",
        "collaboration|Vi behöver samverka med socialtjänsten och föreningslivet i stadsdelen, och vill ha en gemensam plan med grannenheterna.",
        "obstacles-and-support|Lokalerna räcker inte till. Vi behöver ledningens stöd i dialogen med fastighetsavdelningen och hjälp att rekrytera.",
    ];

    private static readonly string[] Responses =
    [
        "Ledningen delar bilden och tar med sig lokalfrågan. Fortsätt med de korta uppföljningarna; de är ett bra exempel för andra enheter.",
        "Tack för en ärlig analys. Vi prioriterar stödet till rekryteringen och följer upp jämlikhetsarbetet vid nästa dialog.",
        "Bra att ni delar det som inte fungerade. Vi föreslår att ni presenterar lärdomen på förvaltningens ledningsdag.",
    ];

    private static readonly (string Description, AgreementSide Side, string Responsible)[] AgreementPool =
    [
        ("Förvaltningen tar fram en plan för större lokaler tillsammans med fastighetsavdelningen.", AgreementSide.Leadership, "Förvaltningschefen"),
        ("Enheten prövar riktade inbjudningar till de grupper som deltar minst och mäter deltagandet.", AgreementSide.Unit, "Enhetschefen"),
        ("Ledningen ordnar en gemensam träff med socialtjänsten och föreningslivet i stadsdelen.", AgreementSide.Leadership, "Stadsdirektören"),
        ("Enheten delar lärdomen om dokumentationssystemet på nästa ledningsdag.", AgreementSide.Unit, "Enhetschefen"),
    ];

    public async Task SeedAsync(IReadOnlyDictionary<string, Guid> units, CancellationToken cancellationToken)
    {
        // The cycles are partly built directly (the past one is backdated), outside any command: those saves are
        // recorded under this action, so no seeded change is unattributed. Commands record their own names.
        using (audit.Attributing("SeedDemoDialogues"))
        {
            await SeedCyclesAsync(units, cancellationToken);
        }
    }

    private async Task SeedCyclesAsync(IReadOnlyDictionary<string, Guid> units, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var cityId = units[DemoCity.Load().City.ShortCode];
        var current = Dates(today, Current);
        var previous = Dates(today, (Current.Opens - 182, Current.Due - 182, Current.From - 182, Current.To - 182, Current.Closes - 182));
        var currentName = Season(current.OpensOn);
        var previousName = currentName == "Vår" ? "Höst" : "Vår";

        await sender.Send(
            new SaveWheel.Command(cityId, null, [Entry(previousName, previous), Entry(currentName, current)]), cancellationToken);
        var template = await db.DialogueTemplates.SingleAsync(t => t.IsDefault, cancellationToken);

        // The previous cycle, held in the past: opened on its opening day, every dialogue held and closed, then closed.
        var past = DialogueCycle.Schedule(
            Guid.CreateVersion7(clock.GetUtcNow()), cityId, $"{previousName} {previous.OpensOn.Year}", Key(previousName), template.Id, previous, At(previous.OpensOn), CurrentUser.SystemName);
        db.Cycles.Add(past);
        await opener.OpenAsync(past, previous.OpensOn, CurrentUser.SystemName, cancellationToken);
        var index = 0;
        foreach (var dialogue in await db.Dialogues.Where(d => d.CycleId == past.Id).OrderBy(d => d.UnitId).ToListAsync(cancellationToken))
        {
            var heldOn = previous.DialoguesFrom.AddDays(index % 10);
            Prepare(dialogue, index, allGoals: true, At(previous.PreparationDueOn.AddDays(-2)));
            dialogue.Submit(At(previous.PreparationDueOn.AddDays(-1)), "Enhetschef");
            dialogue.RecordHeld(heldOn, ["Enhetschef", "Förvaltningschef"], Responses[index % Responses.Length], At(heldOn), "Förvaltningschef");
            for (var k = 0; k < 1 + (index % 2); k++)
            {
                var (description, side, responsible) = AgreementPool[(index + k) % AgreementPool.Length];
                var agreement = Agreement.Make(Guid.CreateVersion7(clock.GetUtcNow()), dialogue, description, side, responsible, heldOn.AddDays(60 + (30 * k)), At(heldOn), "Förvaltningschef");
                if ((index + k) % 3 == 0)
                {
                    agreement.Complete(At(heldOn.AddDays(50)), responsible);
                }

                db.Agreements.Add(agreement);
            }

            dialogue.Close(At(heldOn.AddDays(1)), "Förvaltningschef");
            index++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await sender.Send(new CloseCycle.Command(past.Id, null), cancellationToken);

        // The current cycle: opened through the command, as the wheel's job would.
        var now = DialogueCycle.Schedule(
            Guid.CreateVersion7(clock.GetUtcNow()), cityId, $"{currentName} {current.OpensOn.Year}", Key(currentName), template.Id, current, clock.GetUtcNow(), CurrentUser.SystemName);
        db.Cycles.Add(now);
        await db.SaveChangesAsync(cancellationToken);
        await sender.Send(new OpenCycle.Command(now.Id, null), cancellationToken);
        var dialogues = await db.Dialogues.AsNoTracking().Where(d => d.CycleId == now.Id).ToDictionaryAsync(d => d.UnitId, cancellationToken);

        var preparing = dialogues[units[PreparingUnit]];
        await sender.Send(Notes(preparing, 0, allGoals: false), cancellationToken);
        foreach (var (code, i) in SubmittedUnits.Concat(HeldUnits).Select((c, i) => (c, i + 1)))
        {
            var dialogue = dialogues[units[code]];
            await sender.Send(Notes(dialogue, i, allGoals: true), cancellationToken);
            await sender.Send(new SubmitDialogue.Command(dialogue.Id, null), cancellationToken);
            if (HeldUnits.Contains(code))
            {
                var (description, side, responsible) = AgreementPool[i % AgreementPool.Length];
                await sender.Send(
                    new RecordDialogueHeld.Command(
                        dialogue.Id, null, today, ["Enhetschef", "Förvaltningschef"], Responses[i % Responses.Length],
                        [new(description, side, responsible, today.AddDays(90))]),
                    cancellationToken);
            }
        }

        await sender.Send(new MarkOverdueDialogues.Command(), cancellationToken);
    }

    private static SaveDialogueNotes.Command Notes(Dialogue dialogue, int index, bool allGoals)
    {
        var assessments = new[] { Assessment.OnTrack, Assessment.Uncertain, Assessment.OnTrack, Assessment.OffTrack };
        return new SaveDialogueNotes.Command(
            dialogue.Id,
            null,
            Answers.Take(allGoals ? Answers.Length : 3).Select(a => new SaveDialogueNotes.Answer(a.Split('|')[0], string.Format(a.Split('|')[1], "ett tryggt och jämlikt Solvik"))).ToList(),
            dialogue.Goals.OrderBy(g => g.Rank).Take(allGoals ? int.MaxValue : 1)
                .Select((g, i) => new SaveDialogueNotes.GoalNote(g.GoalId, assessments[(index + i) % assessments.Length], "Vi ser tydliga tecken i vardagen, men det är för tidigt att säga att det håller.")).ToList(),
            dialogue.FollowUps.Select(f => new SaveDialogueNotes.FollowUpNote(f.AgreementId, "Arbetet pågår; vi har tagit första stegen och återkommer med resultat.")).ToList());
    }

    private static void Prepare(Dialogue dialogue, int index, bool allGoals, DateTimeOffset at)
    {
        var notes = Notes(dialogue, index, allGoals);
        dialogue.SaveNotes(
            notes.Answers!.Select(a => new DialogueAnswer(a.Key, a.Text!)).ToList(),
            notes.Goals!.ToDictionary(g => g.GoalId, g => (g.Assessment, g.Narrative)),
            notes.FollowUps!.ToDictionary(f => f.AgreementId, f => f.Note),
            at,
            "Enhetschef");
    }

    private static CycleDates Dates(DateOnly today, (int Opens, int Due, int From, int To, int Closes) days) =>
        new(today.AddDays(days.Opens), today.AddDays(days.Due), today.AddDays(days.From), today.AddDays(days.To), today.AddDays(days.Closes));

    private static WheelEntry Entry(string name, CycleDates dates) => new(
        Key(name), name, Day(dates.OpensOn), Day(dates.PreparationDueOn), Day(dates.DialoguesFrom), Day(dates.DialoguesTo), Day(dates.ClosesOn), null);

    private static MonthDay Day(DateOnly date) => new(date.Month, date.Day);

    private static string Key(string name) => name == "Vår" ? "var" : "host";

    private static string Season(DateOnly opens) => opens.Month <= 6 ? "Vår" : "Höst";

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

    /// <summary>
    /// Once the demo users exist: the notifications they would have had (the open cycle's invitations to prepare, the
    /// executives' overdue digest). Both steps are the jobs' own idempotent statements.
    /// </summary>
    public async Task NotifyAsync(CancellationToken cancellationToken)
    {
        if (await db.Cycles.SingleOrDefaultAsync(c => c.Status == CycleStatus.Open, cancellationToken) is { } open)
        {
            await opener.CreateDialoguesAsync(open, clock.Today(), cancellationToken);
            await sender.Send(new MarkOverdueDialogues.Command(), cancellationToken);
        }
    }
}
