using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Features.Goals;
using GovernanceDialogue.Core.Features.Lessons;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Web.Infrastructure;
using GovernanceDialogue.Web.Pages.Shared;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Lessons;

/// <summary>
/// One lesson (lärdom), if the visitor may read it (else 404: a draft's existence does not leak). Its unit's editors
/// also share it at the visibility they choose (or change who may read it once shared) and flag it as a failure
/// worth sharing; anyone in the organisation may nominate a shared failure for Årets misslyckande.
/// </summary>
public sealed class DetailsModel(ISender sender, Authorizer authorizer, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The share form's choice of visibility (named as the lesson form names it).</summary>
    [BindProperty]
    public LessonInput Input { get; set; } = new();

    public LessonDto Lesson { get; private set; } = default!;

    /// <summary>The goal the lesson is about, when the visitor may read the unit's goals.</summary>
    public GoalDto? Goal { get; private set; }

    public bool CanEdit { get; private set; }

    public bool CanReadDialogue { get; private set; }


    public bool CanReadCollaboration { get; private set; }

    /// <summary>A shared failure and a visitor with a role for some unit: they may nominate it this year.</summary>
    public bool CanNominate { get; private set; }

    public int Year => clock.Today().Year;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = LessonInput.From(Lesson);
    }

    /// <summary>Widens or narrows who may read it first (when changed), then shares a draft; each step checks the version.</summary>
    public async Task<IActionResult> OnPostShareAsync(uint version, CancellationToken cancellationToken)
    {
        var lesson = await sender.Send(new GetLesson.Query(Id), cancellationToken);
        try
        {
            // The form was for the lesson as it was then: had it been shared or changed since, the choice no longer means the same.
            if (lesson.Version != version)
            {
                throw new PreconditionFailedException("Lesson", Id);
            }

            if (Input.Visibility != lesson.Visibility)
            {
                lesson = await sender.Send(LessonInput.Revision(lesson, version, visibility: Input.Visibility), cancellationToken);
                version = lesson.Version;
            }

            if (lesson.Status == LessonStatus.Draft)
            {
                await sender.Send(new ShareLesson.Command(Id, version), cancellationToken);
                TempData["Status"] = localizer["Lesson.SharedStatus", localizer[$"LessonVisibility.{lesson.Visibility}"].Value].Value;
            }
            else
            {
                TempData["Status"] = localizer["Lesson.VisibilityStatus", localizer[$"LessonVisibility.{lesson.Visibility}"].Value].Value;
            }

            return RedirectToPage(new { id = Id });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostFailureAsync(uint version, bool failure, CancellationToken cancellationToken)
    {
        var lesson = await sender.Send(new GetLesson.Query(Id), cancellationToken);
        try
        {
            await sender.Send(LessonInput.Revision(lesson, version, isFailure: failure), cancellationToken);
            TempData["Status"] = localizer[failure ? "Lesson.FlaggedStatus" : "Lesson.UnflaggedStatus"].Value;
            return RedirectToPage(new { id = Id });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer))
        {
            await LoadAsync(cancellationToken);
            Input = LessonInput.From(Lesson);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Lesson = await sender.Send(new GetLesson.Query(Id), cancellationToken);
        var path = UnitPlace.PathOf(await sender.Send(new GetUnit.Query(Lesson.UnitId), cancellationToken));
        CanEdit = authorizer.Can(Permission.EditLessons, path);
        CanReadDialogue = Lesson.DialogueId is not null && authorizer.Can(Permission.ReadDialogue, path);
        CanReadCollaboration = Lesson.CollaborationId is not null && authorizer.Can(Permission.ReadCollaborations, null);
        CanNominate = Lesson is { Status: LessonStatus.Shared, IsFailure: true } && authorizer.Can(Permission.NominateFailure, null);
        if (Lesson.GoalId is { } goalId && authorizer.Can(Permission.ReadGoals, path))
        {
            Goal = await sender.Send(new GetGoal.Query(Lesson.UnitId, goalId), cancellationToken);
        }
    }
}
