using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Features.Account;
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
/// Writes a draft lesson for a unit where the visitor edits lessons: first the unit (skipped when there is only one),
/// then the texts, optionally about one of the unit's goals. Sharing comes after, on the lesson's page.
/// </summary>
public sealed class NewModel(ISender sender, Authorizer authorizer, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public LessonInput Input { get; set; } = new() { Visibility = Core.Domain.Lessons.LessonVisibility.Organisation };

    /// <summary>The units where the visitor may write lessons.</summary>
    public IReadOnlyList<UnitPlace> Units { get; private set; } = [];

    public UnitPlace? Unit { get; private set; }

    public LessonOptions Options { get; private set; } = LessonOptions.None;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (UnitId is { } unitId)
        {
            await sender.Send(new EnsureAllowed.Query(Permission.EditLessons, unitId), cancellationToken);
        }

        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var created = await sender.Send(Input.ToCreate(UnitId), cancellationToken);
            TempData["Status"] = localizer["Lesson.CreatedStatus"].Value;
            return RedirectToPage("/Lessons/Details", new { id = created.Id });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Units = await EditableUnitsAsync(cancellationToken);
        if (Units.Count == 0)
        {
            throw User.Identity?.IsAuthenticated == true ? new ForbiddenException(nameof(Permission.EditLessons)) : new UnauthorizedException();
        }

        UnitId ??= Units.Count == 1 ? Units[0].Id : null;
        Unit = Units.FirstOrDefault(u => u.Id == UnitId);
        if (UnitId is { } unitId)
        {
            Options = await LessonOptions.LoadAsync(sender, unitId, cancellationToken);
        }
    }

    /// <summary>Only the subtrees where the visitor edits lessons are read, not the whole organisation.</summary>
    private async Task<IReadOnlyList<UnitPlace>> EditableUnitsAsync(CancellationToken cancellationToken)
    {
        var subtrees = authorizer.Subtrees(Permission.EditLessons);
        if (subtrees is null)
        {
            return UnitPlace.From(await sender.Send(new GetUnitTree.Query(), cancellationToken));
        }

        var places = new List<UnitPlace>();
        foreach (var (topId, parentPath, depth) in UnitPlace.Parts("/", subtrees))
        {
            places.AddRange(UnitPlace.From(await sender.Send(new GetUnitTree.Query(topId), cancellationToken), parentPath, depth - 1));
        }

        return places;
    }
}
