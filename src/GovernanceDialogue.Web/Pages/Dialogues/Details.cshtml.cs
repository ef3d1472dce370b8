using System.ComponentModel.DataAnnotations;
using System.Globalization;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Account;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.Lessons;
using GovernanceDialogue.Core.Features.Summaries;
using GovernanceDialogue.Web.Infrastructure;
using GovernanceDialogue.Web.Pages.Shared;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Dialogues;

/// <summary>
/// One operational dialogue (verksamhetsdialog), shaped by what the caller may do: the unit manager prepares and
/// submits the notes; leadership reads them, records the meeting with its agreements, adds agreements, closes the
/// dialogue, or takes it one step back with a reason.
/// </summary>
public sealed class DetailsModel(ISender sender, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public PreparationInput Input { get; set; } = new();

    [BindProperty]
    public MeetingInput Meeting { get; set; } = new();

    [BindProperty]
    public AgreementRow Agreement { get; set; } = new();

    [BindProperty]
    [Display(Name = "Field.ReopenReason")]
    public string? Reason { get; set; }

    public DialogueDto Dialogue { get; private set; } = default!;

    /// <summary>The "what did not work" answer is saved and the visitor writes the unit's lessons: it can become one.</summary>
    public bool CanMakeLesson { get; private set; }

    /// <summary>The draft was saved on the way to submitting, but submitting was refused.</summary>
    public bool SavedButNotSubmitted { get; private set; }

    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>A template question in the reader's language (the Swedish text when it has no English one).</summary>
    public static string QuestionText(string text, string? english) => English && !string.IsNullOrWhiteSpace(english) ? english : text;

    /// <summary>
    /// The lang attribute for a template's Swedish text shown in the English UI (a question without an English text,
    /// any help text), so screen readers switch voice; null (no attribute) where the text is in the page's language.
    /// </summary>
    public static string? SwedishLang(string? english = null) => English && string.IsNullOrWhiteSpace(english) ? "sv" : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = PreparationInput.From(Dialogue);
        Meeting = new MeetingInput { HeldOn = clock.Today() }.Pad();
    }

    public async Task<IActionResult> OnPostSaveAsync(uint version, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(Input.ToCommand(Id, version), cancellationToken);
            TempData["Status"] = localizer["Dialogue.SavedStatus"].Value;
            return RedirectToPage(new { id = Id });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer))
        {
            return await PageAsync(cancellationToken);
        }
    }

    /// <summary>Saves what was typed first, so nothing is lost, then submits; a goal without an assessment stops it there.</summary>
    public async Task<IActionResult> OnPostSubmitAsync(uint version, CancellationToken cancellationToken)
    {
        DialogueDto saved;
        try
        {
            saved = await sender.Send(Input.ToCommand(Id, version), cancellationToken);
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer))
        {
            return await PageAsync(cancellationToken);
        }

        var unassessed = saved.Goals.Select((g, i) => (Goal: g, Index: i)).Where(x => x.Goal.Assessment is null).ToList();
        foreach (var (goal, index) in unassessed)
        {
            ModelState.AddModelError($"Input.Goals[{index}].Assessment", localizer["Dialogue.AssessBeforeSubmit", goal.Title].Value);
        }

        if (unassessed.Count == 0)
        {
            try
            {
                await sender.Send(new SubmitDialogue.Command(Id, saved.Version), cancellationToken);
                TempData["Status"] = localizer["Dialogue.SubmittedStatus"].Value;
                return RedirectToPage(new { id = Id });
            }
            catch (Exception ex) when (this.AddCommandErrors(ex, localizer))
            {
            }
        }

        SavedButNotSubmitted = true;
        return await PageAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostHeldAsync(uint version, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var rows = Meeting.Agreements.Select((a, i) => (Row: a, Index: i)).Where(x => !x.Row.IsBlank).ToList();
        var today = clock.Today();
        if (Meeting.HeldOn is { } heldOn)
        {
            if (heldOn > today || heldOn < Dialogue.Cycle.OpensOn)
            {
                ModelState.AddModelError("Meeting.HeldOn", localizer["Dialogue.HeldOnRange", Dialogue.Cycle.OpensOn.ToString("yyyy-MM-dd")].Value);
            }

            foreach (var (row, index) in rows.Where(x => x.Row.DueOn < heldOn))
            {
                ModelState.AddModelError($"Meeting.Agreements[{index}].DueOn", localizer["Dialogue.DueBeforeMeeting", heldOn.ToString("yyyy-MM-dd")].Value);
            }
        }

        var sent = rows.Select(x => x.Index).ToList();
        if (ModelState.IsValid)
        {
            try
            {
                await sender.Send(
                    new RecordDialogueHeld.Command(Id, version, Meeting.HeldOn, Meeting.ParticipantList, Meeting.LeadershipResponse ?? "", [.. rows.Select(x => x.Row.ToInput())]),
                    cancellationToken);
                TempData["Status"] = localizer["Dialogue.HeldStatus"].Value;
                return RedirectToPage(new { id = Id });
            }
            catch (Exception ex) when (this.AddCommandErrors(FormRows.Remap(ex, "Agreements", sent), localizer, "Meeting"))
            {
            }
        }

        Meeting.Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAddAgreementAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Dialogue.HeldOn is { } heldOn && Agreement.DueOn < heldOn)
        {
            ModelState.AddModelError("Agreement.DueOn", localizer["Dialogue.DueBeforeMeeting", heldOn.ToString("yyyy-MM-dd")].Value);
        }

        if (ModelState.IsValid)
        {
            try
            {
                await sender.Send(new AddAgreement.Command(Id, Agreement.ToInput()), cancellationToken);
                TempData["Status"] = localizer["Dialogue.AgreementAddedStatus"].Value;
                return RedirectToPage(null, null, new { id = Id }, "agreements-heading");
            }
            catch (Exception ex) when (this.AddCommandErrors(ex, localizer, ""))
            {
            }
        }

        Meeting.Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync(uint version, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new CloseDialogue.Command(Id, version), cancellationToken);
            TempData["Status"] = localizer["Dialogue.ClosedStatus"].Value;
            return RedirectToPage(new { id = Id });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, ""))
        {
            return await PageAsync(cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostReopenAsync(uint version, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new ReopenDialogue.Command(Id, version, Reason ?? ""), cancellationToken);
            TempData["Status"] = localizer["Dialogue.ReopenedStatus"].Value;
            return RedirectToPage(new { id = Id });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, ""))
        {
            return await PageAsync(cancellationToken);
        }
    }

    /// <summary>Makes a draft lesson of the "what did not work" answer in one step, and leads to it.</summary>
    public async Task<IActionResult> OnPostLessonAsync(CancellationToken cancellationToken)
    {
        try
        {
            var (lesson, created) = await sender.Send(new CreateLessonFromDialogue.Command(Id), cancellationToken);
            TempData["Status"] = localizer[created ? "Dialogue.LessonMadeStatus" : "Dialogue.LessonExistsStatus"].Value;
            return RedirectToPage("/Lessons/Details", new { id = lesson.Id });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, ""))
        {
            return await PageAsync(cancellationToken);
        }
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Meeting.Pad();
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Dialogue = await sender.Send(new GetDialogue.Query(Id), cancellationToken);
        CanMakeLesson = Dialogue.Questions.Any(q => q.Key == SummaryGenerator.LessonQuestion && !string.IsNullOrWhiteSpace(q.Answer))
            && await MayEditLessonsAsync(cancellationToken);
    }

    private async Task<bool> MayEditLessonsAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await sender.Send(new EnsureAllowed.Query(Permission.EditLessons, Dialogue.Unit.Id), cancellationToken);
        }
        catch (ForbiddenException)
        {
            return false;
        }
    }
}
