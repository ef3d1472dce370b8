using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Summaries;
using GovernanceDialogue.Core.Features.Summaries;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Demo;

/// <summary>
/// The politicians' summaries of the demo city: for the closed cycle, the city's and every administration's,
/// generated from its dialogues when it closed, written and published (one quote each, from a lesson shared); for the open cycle,
/// the city's generated draft, waiting for the city director. Through the same commands an executive uses.
/// </summary>
public sealed class DemoSummariesSeeder(AppDbContext db, ISender sender)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        // Closing the cycle generated its drafts already: write and publish those.
        var closed = await db.Cycles.AsNoTracking().SingleAsync(c => c.Status == CycleStatus.Closed, cancellationToken);
        foreach (var summary in await sender.Send(new ListCycleSummaries.Query(closed.Id), cancellationToken))
        {
            var facts = (await sender.Send(new GetSummary.Query(summary.Id), cancellationToken)).Draft!.Facts;
            var quote = await sender.Send(new ListQuotableAnswers.Query(summary.Id, SummaryGenerator.LessonQuestion, 1, 1), cancellationToken);
            var isCity = summary.UnitId == closed.ScopeUnitId;
            await sender.Send(
                new UpdateSummary.Command(
                    summary.Id, null, Narrative(facts, isCity), Highlights(facts),
                    quote.Items.Select(a => new QuoteInput(a.DialogueId, a.QuestionKey, FirstSentence(a.Text))).ToList()),
                cancellationToken);
            await sender.Send(new PublishSummary.Command(summary.Id, null), cancellationToken);
        }

        var open = await db.Cycles.AsNoTracking().SingleAsync(c => c.Status == CycleStatus.Open, cancellationToken);
        await sender.Send(new GenerateSummaries.Command(open.Id, open.ScopeUnitId), cancellationToken);
    }

    private static string Narrative(SummaryFacts facts, bool isCity)
    {
        var challenge = facts.Challenges.Count > 0 ? facts.Challenges[0].Term : "lokalerna";
        var scope = isCity ? "stadens enheter" : $"enheterna i {facts.ScopeName}";
        return $"""
            Alla verksamhetsdialoger i {facts.CycleName} genomfördes, och {scope} beskriver ett arbete som går framåt men där skillnaderna mellan grupper fortfarande är för stora.

            Det som återkommer i dialogerna är {challenge} och rekryteringen. Flera enheter ber ledningen om stöd i samma frågor, och ledningen har tagit på sig överenskommelser om det.

            Enheterna delar också det som inte fungerade, och vad de lärde sig av det. Det är en styrka som vi vill ta vara på i nästa cykel.
            """;
    }

    private static List<string> Highlights(SummaryFacts facts) =>
    [
        $"{facts.Figures.Held + facts.Figures.Closed} av {facts.Figures.Dialogues} dialoger genomförda",
        $"{facts.Figures.AgreementsMade} överenskommelser, varav {facts.Figures.AgreementsMadeByLeadership} för ledningen",
        $"{facts.LessonsShared} enheter delade en lärdom",
    ];

    private static string FirstSentence(string text) =>
        text.IndexOf(". ", StringComparison.Ordinal) is var end and > 0 ? text[..(end + 1)] : text;
}
