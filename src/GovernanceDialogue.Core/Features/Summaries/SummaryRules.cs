using System.Text.RegularExpressions;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Summaries;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Summaries;

/// <summary>A passage an executive wants to quote: which dialogue, which answer, the words.</summary>
public sealed record QuoteInput(Guid DialogueId, string QuestionKey, string Text);

/// <summary>What every summary command checks.</summary>
internal static partial class SummaryRules
{
    /// <summary>The summary to change, with the caller's If-Match checked.</summary>
    public static async Task<Summary> ForChangeAsync(AppDbContext db, Guid id, uint? expectedVersion, CancellationToken cancellationToken)
    {
        var summary = await db.Summaries.FindOrThrowAsync(id, "Summary", cancellationToken);
        db.ExpectVersion(summary, expectedVersion);
        return summary;
    }

    /// <summary>
    /// Turns the requested quotes into quotes attributed to their unit, after checking that each is a word-for-word
    /// passage (whitespace aside) of a submitted answer of the summary's cycle and scope. One query.
    /// </summary>
    public static async Task<IReadOnlyList<SummaryQuote>> CheckQuotesAsync(AppDbContext db, Summary summary, IReadOnlyList<QuoteInput> quotes, CancellationToken cancellationToken)
    {
        if (quotes.Count == 0)
        {
            return [];
        }

        var scopePath = await db.Units.Where(u => u.Id == summary.UnitId).Select(u => u.Path).SingleAsync(cancellationToken);
        var ids = quotes.Select(q => q.DialogueId).Distinct().ToList();
        var dialogues = await (from d in db.Dialogues.AsNoTracking()
                               join u in db.Units on d.UnitId equals u.Id
                               where ids.Contains(d.Id) && d.CycleId == summary.CycleId && d.Status != DialogueStatus.Preparing && u.Path.StartsWith(scopePath)
                               select new { d.Id, d.Answers, UnitName = u.Name }).ToDictionaryAsync(d => d.Id, cancellationToken);
        var result = new List<SummaryQuote>();
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var text = Normalise(quote.Text);
            var answer = dialogues.TryGetValue(quote.DialogueId, out var dialogue)
                ? dialogue.Answers.FirstOrDefault(a => a.Key == quote.QuestionKey)
                : null;
            if (answer is null || text.Length == 0 || !Normalise(answer.Text).Contains(text, StringComparison.Ordinal))
            {
                throw new DomainRuleException(
                    DomainRules.SummaryQuoteInvalid,
                    $"Quote {i + 1} is not a word-for-word passage of a submitted answer to '{quote.QuestionKey}' in this cycle and scope.",
                    $"Quotes[{i}].Text");
            }

            result.Add(new SummaryQuote(quote.DialogueId, quote.QuestionKey, dialogue!.UnitName, text));
        }

        return result;
    }

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
