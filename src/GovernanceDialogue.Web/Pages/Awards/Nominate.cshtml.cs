using System.ComponentModel.DataAnnotations;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Features.Account;
using GovernanceDialogue.Core.Features.Awards;
using GovernanceDialogue.Core.Features.Lessons;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Awards;

/// <summary>
/// Nominates a shared failure the visitor may read for Årets misslyckande, with a motivation: anyone with a role for a
/// unit, for this year or an earlier one (a later year is not there to nominate for: 404).
/// </summary>
public sealed class NominateModel(ISender sender, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int Year { get; set; }

    [FromQuery(Name = "city")]
    public Guid? City { get; set; }

    /// <summary>The lesson to nominate (named as the command names it, so its errors land here).</summary>
    [BindProperty(SupportsGet = true, Name = "lesson")]
    [Display(Name = "Field.LessonId")]
    public Guid? LessonId { get; set; }

    [BindProperty]
    [Display(Name = "Field.Motivation")]
    public string? Motivation { get; set; }

    /// <summary>The shared failures the visitor may read, newest first.</summary>
    public IReadOnlyList<LessonDto> Lessons { get; private set; } = [];

    public string AwardUrl => $"/awards/failure-of-the-year/{Year}" + (City is { } city ? $"?city={city}" : "");

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        EnsureYearBegun();
        try
        {
            await sender.Send(new NominateFailure.Command(Year, LessonId, Motivation ?? ""), cancellationToken);
            TempData["Status"] = localizer["Award.NominatedStatus"].Value;
            return Redirect(AwardUrl);
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, ""))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private void EnsureYearBegun()
    {
        if (Year > clock.Today().Year)
        {
            throw new NotFoundException("Award year", Year);
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        EnsureYearBegun();
        await sender.Send(new EnsureAllowed.Query(Permission.NominateFailure), cancellationToken);
        var lessons = (await sender.Send(new ListLessons.Query(Failure: true, Status: LessonStatus.Shared, PageSize: Paging.MaxPageSize), cancellationToken)).Items;
        // A lesson asked for by its page but older than the newest page of failures is still offered.
        if (LessonId is { } id && lessons.All(l => l.Id != id))
        {
            try
            {
                var lesson = await sender.Send(new GetLesson.Query(id), cancellationToken);
                lessons = lesson is { Status: LessonStatus.Shared, IsFailure: true } ? [lesson, .. lessons] : lessons;
            }
            catch (NotFoundException)
            {
            }
        }

        Lessons = lessons;
    }
}
