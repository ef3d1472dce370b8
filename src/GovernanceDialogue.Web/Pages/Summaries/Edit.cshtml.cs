using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Account;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Summaries;
using GovernanceDialogue.Core.Features.Templates;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SummaryLimits = GovernanceDialogue.Core.Domain.Summaries.Summary;

namespace GovernanceDialogue.Web.Pages.Summaries;

/// <summary>
/// The executive's summary editor: the generated facts beside the narrative, highlights and quotes chosen from the
/// submitted answers (by question, a page at a time). Saving, regenerating and publishing all save what was typed first,
/// so nothing typed is lost; a quote that is not word for word is shown on its row, a concurrent change as a message
/// with the stored text beside what was typed. Executives of the summary's scope only.
/// </summary>
public sealed partial class EditModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int QuotablePageSize = 10;

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public SummaryInput Input { get; set; } = new();

    /// <summary>Only the quotable answers to this question (a key of the cycle's template).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Question { get; set; }

    [BindProperty(SupportsGet = true)]
    public int QuotePage { get; set; } = 1;

    public SummaryDto Summary { get; private set; } = default!;

    public SummaryDraftDto Draft => Summary.Draft!;

    public SummaryFactsView Facts { get; private set; } = default!;

    public PagedList<QuotableAnswerDto> Quotable { get; private set; } = default!;

    /// <summary>The cycle's text questions, in the reader's language: the choices of the quote filter.</summary>
    public IReadOnlyList<(string Key, string Text, bool Swedish)> Questions { get; private set; } = [];

    /// <summary>Someone saved the summary since this editor was opened: their text is shown beside what was typed.</summary>
    public bool ChangedByOthers { get; private set; }

    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public string QuestionLabel(string key) => Questions.FirstOrDefault(q => q.Key == key) is { Text: { } text } ? text : key;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = SummaryInput.From(Draft);
    }

    public async Task<IActionResult> OnPostSaveAsync(uint version, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (await SaveAsync(version, cancellationToken) is null)
        {
            return PageWithInput();
        }

        TempData["Status"] = localizer["SummaryEdit.SavedStatus"].Value;
        return RedirectToPage(new { id = Id });
    }

    /// <summary>Saves what was typed, then reads the dialogues again into the facts; the text stays.</summary>
    public async Task<IActionResult> OnPostRegenerateAsync(uint version, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (await SaveAsync(version, cancellationToken) is not { } saved)
        {
            return PageWithInput();
        }

        try
        {
            await sender.Send(new RegenerateSummary.Command(Id, saved.Version), cancellationToken);
            TempData["Status"] = localizer["SummaryEdit.RegeneratedStatus"].Value;
            return RedirectToPage(new { id = Id });
        }
        catch (Exception ex) when (AddErrors(ex))
        {
            await LoadAsync(cancellationToken);
            return PageWithInput();
        }
    }

    /// <summary>Saves what was typed, then publishes it as the next version; without a narrative the error is on the narrative.</summary>
    public async Task<IActionResult> OnPostPublishAsync(uint version, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (await SaveAsync(version, cancellationToken) is not { } saved)
        {
            return PageWithInput();
        }

        try
        {
            var published = await sender.Send(new PublishSummary.Command(Id, saved.Version), cancellationToken);
            TempData["Status"] = localizer["SummaryEdit.PublishedStatus", published.LatestVersion].Value;
            return RedirectToPage("/Summaries/Details", new { id = Id });
        }
        catch (DomainRuleException rule) when (rule.Rule == DomainRules.SummaryNarrativeMissing)
        {
            ModelState.AddModelError("Input.Narrative", localizer[$"Rule.{DomainRules.SummaryNarrativeMissing}"].Value);
        }
        catch (Exception ex) when (AddErrors(ex))
        {
        }

        await LoadAsync(cancellationToken);
        return PageWithInput();
    }

    /// <summary>Adds an answer from the list as a new quote row (its whole text, to be shortened); nothing is saved yet.</summary>
    public async Task<IActionResult> OnPostAddQuoteAsync(string? add, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ModelState.Clear();
        var answer = Quotable.Items.FirstOrDefault(a => $"{a.DialogueId:N}|{a.QuestionKey}" == add);
        if (answer is null)
        {
            ModelState.AddModelError(string.Empty, localizer["SummaryEdit.AnswerGone"].Value);
        }
        else if (Input.Quotes.Count(q => !q.Remove) >= SummaryLimits.MaxQuotes)
        {
            ModelState.AddModelError("Input.Quotes", localizer["SummaryEdit.TooManyQuotes", SummaryLimits.MaxQuotes].Value);
        }
        else
        {
            Input.Quotes.Add(new SummaryInput.QuoteRow { DialogueId = answer.DialogueId, QuestionKey = answer.QuestionKey, UnitName = answer.UnitName, Text = answer.Text });
            TempData["Status"] = localizer["SummaryEdit.QuoteAddedStatus", answer.UnitName].Value;
        }

        return PageWithInput();
    }

    /// <summary>Shows another question's or page's answers, keeping what was typed (nothing is saved).</summary>
    public async Task<IActionResult> OnPostBrowseAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ModelState.Clear();
        return PageWithInput();
    }

    /// <summary>The page again with what was typed: the model state keeps the typed values, the rows are padded.</summary>
    private PageResult PageWithInput()
    {
        Input.Pad();
        return Page();
    }

    /// <summary>Saves what was typed unless it is what is stored; null (with the errors shown) when the save was refused.</summary>
    private async Task<SummaryDto?> SaveAsync(uint version, CancellationToken cancellationToken)
    {
        if (version == Summary.Version && Input.SameAs(Draft))
        {
            return Summary;
        }

        try
        {
            return await sender.Send(Input.ToCommand(Id, version), cancellationToken);
        }
        catch (Exception ex) when (AddErrors(ex))
        {
            return null;
        }
    }

    /// <summary>
    /// The command's errors on the fields of the form: a highlight's or a quote's on its own row (the command numbers only
    /// the rows it got), a stale version as a message with the stored text shown.
    /// </summary>
    private bool AddErrors(Exception exception)
    {
        switch (exception)
        {
            case ValidationException validation:
                foreach (var error in validation.Errors)
                {
                    ModelState.AddModelError(FieldOf(error.PropertyName), error.ErrorMessage);
                }

                return true;
            case DomainRuleException { Rule: DomainRules.SummaryQuoteInvalid } rule:
                // The rule names the quote it refused by its place in the list sent (Quotes[i].Text).
                var text = localizer[$"Rule.{DomainRules.SummaryQuoteInvalid}"].Value;
                var field = FieldOf(rule.Field ?? string.Empty);
                var row = QuoteField().Match(field);
                if (row.Success)
                {
                    ModelState.AddModelError(field, localizer["SummaryEdit.QuoteInvalid", int.Parse(row.Groups[1].Value, CultureInfo.InvariantCulture) + 1, text].Value);
                }
                else
                {
                    ModelState.AddModelError(string.Empty, text);
                }

                return true;
            case PreconditionFailedException:
                ChangedByOthers = true;
                ModelState.AddModelError(string.Empty, localizer["SummaryEdit.Stale"].Value);
                return true;
            default:
                return this.AddCommandErrors(exception, localizer);
        }
    }

    private string FieldOf(string property)
    {
        var match = ListItem().Match(property);
        if (!match.Success)
        {
            return "Input." + property;
        }

        var rows = match.Groups["list"].Value == "Highlights" ? Input.HighlightRows : Input.QuoteRows;
        var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
        return index < rows.Count ? $"Input.{match.Groups["list"].Value}[{rows[index]}]{match.Groups["rest"].Value}" : "Input." + match.Groups["list"].Value;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        // The draft comes only to the executives of the summary's scope; anyone else is sent to sign in or refused
        // (and a summary never published does not exist for them: 404).
        Summary = await sender.Send(new GetSummary.Query(Id), cancellationToken);
        if (Summary.Draft is null)
        {
            await sender.Send(new EnsureAllowed.Query(Permission.EditSummaries, Summary.UnitId), cancellationToken);
            throw new ForbiddenException(nameof(Permission.EditSummaries));
        }

        Facts = new SummaryFactsView(Draft.Facts, SummaryChartSet.From(Draft.Facts, localizer, "draft"), 3);
        Questions = await QuestionsAsync(cancellationToken);
        if (Question is not null && Questions.All(q => q.Key != Question))
        {
            Question = null;
        }

        QuotePage = Math.Max(1, QuotePage);
        Quotable = await sender.Send(new ListQuotableAnswers.Query(Id, Question, QuotePage, QuotablePageSize), cancellationToken);
        if (Quotable.Items.Count == 0 && QuotePage > 1)
        {
            QuotePage = 1;
            Quotable = await sender.Send(new ListQuotableAnswers.Query(Id, Question, QuotePage, QuotablePageSize), cancellationToken);
        }
    }

    /// <summary>The written questions of the cycle's template (the default template's when it cannot be read).</summary>
    private async Task<IReadOnlyList<(string Key, string Text, bool Swedish)>> QuestionsAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<TemplateQuestion> questions;
        try
        {
            var cycle = await sender.Send(new GetCycle.Query(Summary.CycleId), cancellationToken);
            questions = (await sender.Send(new GetTemplate.Query(cycle.TemplateId), cancellationToken)).Questions;
        }
        catch (Exception ex) when (ex is ForbiddenException or NotFoundException)
        {
            questions = DefaultTemplate.Questions;
        }

        return questions.Where(q => q.Kind == QuestionKind.Text)
            .Select(q => English && !string.IsNullOrWhiteSpace(q.TextEnglish) ? (q.Key, q.TextEnglish, false) : (q.Key, q.Text, English))
            .ToList();
    }

    [GeneratedRegex(@"^Input\.Quotes\[(\d+)\]\.Text$")]
    private static partial Regex QuoteField();

    [GeneratedRegex(@"^(?<list>Highlights|Quotes)\[(?<index>\d+)\](?<rest>.*)$")]
    private static partial Regex ListItem();
}
