using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Features.Account;
using GovernanceDialogue.Core.Features.Goals;
using GovernanceDialogue.Core.Features.Lessons;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Lessons;

/// <summary>Revises a lesson's texts, tags, goal, visibility and failure flag (draft or shared); the version in the form guards against a concurrent edit.</summary>
public sealed class EditModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public LessonInput Input { get; set; } = new();

    public LessonDto Lesson { get; private set; } = default!;

    public LessonOptions Options { get; private set; } = LessonOptions.None;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        await sender.Send(new EnsureAllowed.Query(Permission.EditLessons, Lesson.UnitId), cancellationToken);
        Input = LessonInput.From(Lesson);
        Options = await LessonOptions.LoadAsync(sender, Lesson.UnitId, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(uint version, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(Input.ToUpdate(Id, version), cancellationToken);
            TempData["Status"] = localizer["Form.SavedStatus"].Value;
            return RedirectToPage("/Lessons/Details", new { id = Id });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer))
        {
            await LoadAsync(cancellationToken);
            Options = await LessonOptions.LoadAsync(sender, Lesson.UnitId, cancellationToken);
            // The form keeps what was typed and the version it was based on, so a stale save stays stale until reloaded.
            Lesson = Lesson with { Version = version };
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Lesson = await sender.Send(new GetLesson.Query(Id), cancellationToken);
}
