using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Summaries;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Summaries;

/// <summary>
/// Writes the executive's part of the draft: the narrative, the highlights and the quotes. A quote must be a
/// word-for-word passage of a submitted answer in the summary's cycle and scope; it is attributed to the unit.
/// </summary>
public static class UpdateSummary
{
    /// <param name="Id">The summary.</param>
    /// <param name="ExpectedVersion">The draft version the writer read (If-Match).</param>
    /// <param name="Narrative">The executive's narrative: what the dialogues say, in their words.</param>
    /// <param name="Highlights">Up to 10 short highlights.</param>
    /// <param name="Quotes">Up to 10 passages of dialogue answers, quoted on purpose.</param>
    public sealed record Command(Guid Id, uint? ExpectedVersion, string Narrative, IReadOnlyList<string> Highlights, IReadOnlyList<QuoteInput> Quotes)
        : ICommand<SummaryDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditSummaries;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Summary>(Id, "Summary");
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Id).NotEmpty();
            RuleFor(c => c.Narrative).NotNull().MaximumLength(Summary.NarrativeMaxLength);
            RuleFor(c => c.Highlights).NotNull().Must(h => h.Count <= Summary.MaxHighlights)
                .WithMessage($"At most {Summary.MaxHighlights} highlights.");
            RuleForEach(c => c.Highlights).NotEmpty().MaximumLength(Summary.HighlightMaxLength);
            RuleFor(c => c.Quotes).NotNull().Must(q => q.Count <= Summary.MaxQuotes)
                .WithMessage($"At most {Summary.MaxQuotes} quotes.");
            RuleForEach(c => c.Quotes).ChildRules(quote =>
            {
                quote.RuleFor(q => q.DialogueId).NotEmpty();
                quote.RuleFor(q => q.QuestionKey).NotEmpty().MaximumLength(100);
                quote.RuleFor(q => q.Text).NotEmpty().MaximumLength(SummaryQuote.TextMaxLength);
            });
        }
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, SummaryDto>
    {
        public async ValueTask<SummaryDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var summary = await SummaryRules.ForChangeAsync(db, command.Id, command.ExpectedVersion, cancellationToken);
            var quotes = await SummaryRules.CheckQuotesAsync(db, summary, command.Quotes, cancellationToken);
            summary.Edit(command.Narrative, command.Highlights, quotes, clock.GetUtcNow(), user.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return await SummaryReader.ReadAsync(db, authorizer, summary.Id, cancellationToken);
        }
    }
}
