using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Collaborations;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Core.Features.Collaborations;
using GovernanceDialogue.Core.Features.Lessons;
using Mediator;

namespace GovernanceDialogue.Core.Demo;

/// <summary>
/// The demo city learning across silos: a collaboration (samverkan) between a school, the youth centres and the traffic
/// unit with a neighbourhood association and the bus company, moved up Glasbergen's ladder with a reflection on trust and
/// holding an agreement; and shared lessons, a failure worth sharing among them, one learned in the collaboration.
/// Through the same commands a unit manager uses.
/// </summary>
public sealed class DemoLearningSeeder(ISender sender, TimeProvider clock)
{
    public async Task SeedAsync(IReadOnlyDictionary<string, Guid> units, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var (school, youth, traffic) = (units["SKOF-HAVS"], units["SKOF-FGN"], units["SBF-TRAF"]);

        var collaboration = await sender.Send(
            new CreateCollaboration.Command(
                school, "Trygga vägar till skolan",
                "Fler barn går och cyklar tryggt till Havsviksskolan och fritidsgården, året om.",
                [school, youth, traffic],
                [new PartnerInput("Havsvikens byalag", PartnerSector.CivilSociety), new PartnerInput("Solviks buss AB", PartnerSector.Business)],
                [], today.AddMonths(-8), null, LadderStage.BuildTrust, "Vi träffades för första gången och delade bilden av skolvägen."),
            cancellationToken);
        await sender.Send(
            new ChangeCollaborationStage.Command(
                collaboration.Id, null, LadderStage.MutualBenefit,
                "Byalaget såg att färre bilar vid skolan gav lugnare gator för alla, och bussbolaget fick fler resenärer.",
                [
                    new TrustInput(TrustAspect.Honesty, TrustLevel.Strong, null),
                    new TrustInput(TrustAspect.Openness, TrustLevel.Growing, "Trafikdata delas, men sent."),
                    new TrustInput(TrustAspect.Reliability, TrustLevel.Growing, null),
                    new TrustInput(TrustAspect.Goodwill, TrustLevel.Strong, null),
                    new TrustInput(TrustAspect.Competence, TrustLevel.Growing, "Vi behöver bussbolagets kunskap om tidtabellerna."),
                ]),
            cancellationToken);
        await sender.Send(
            new AddCollaborationAgreement.Command(
                collaboration.Id, traffic,
                new AgreementInput("Trafikenheten sätter upp hastighetsdisplayer på skolvägen före vintern.", AgreementSide.Unit, "Trafikingenjören", today.AddDays(60))),
            cancellationToken);

        await ShareAsync(
            new CreateLesson.Command(
                school, null, "Föräldrarna ville gå med, bara någon frågade",
                "Skolvägen var otrygg och många barn skjutsades med bil.",
                "Affischer och brev hem om att gå eller cykla till skolan.",
                "Ingen ändring: breven lästes, men ingen visste vem som skulle börja.",
                "En fråga på föräldramötet gav tre vandrande skolbussar på en vecka. Fråga människor, informera inte bara.",
                ["skolväg", "samverkan"], LessonVisibility.Public, false, collaboration.Id),
            cancellationToken);
        await ShareAsync(
            new CreateLesson.Command(
                youth, null, "Öppettider efter vår plan i stället för ungdomarnas",
                "Fritidsgården höll öppet när personalen fanns, inte när ungdomarna var ute.",
                "Samma öppettider som tidigare år, med fler aktiviteter på eftermiddagen.",
                "Besöken minskade, och oron i centrum kvällstid ökade.",
                "Ungdomarna vet när de behöver en plats. Vi flyttade öppettiderna till kvällarna efter en enkät, och besöken ökade igen.",
                ["fritid", "unga"], LessonVisibility.Public, true),
            cancellationToken);
    }

    private async Task ShareAsync(CreateLesson.Command lesson, CancellationToken cancellationToken)
    {
        var draft = await sender.Send(lesson, cancellationToken);
        await sender.Send(new ShareLesson.Command(draft.Id, null), cancellationToken);
    }
}
