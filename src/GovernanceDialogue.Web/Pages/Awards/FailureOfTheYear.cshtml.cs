using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Features.Awards;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Awards;

/// <summary>
/// Årets misslyckande for a city and year, as <see cref="GetFailureOfTheYear"/> lets the visitor see it: anyone sees
/// the winner when its lesson is public; those signed in also see the nominations and the shortlist of the lessons
/// they may read; and the winners through the years. The city's executives shortlist nominations and decide the winner from the shortlist here.
/// </summary>
public sealed class FailureOfTheYearModel(ISender sender, Authorizer authorizer, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int? Year { get; set; }

    [FromQuery(Name = "city")]
    public Guid? City { get; set; }

    public FailureOfTheYearDto Award { get; private set; } = default!;

    /// <summary>The winners of every year the visitor may read, newest first.</summary>
    public IReadOnlyList<AwardWinnerDto> Winners { get; private set; } = [];

    public int ThisYear => clock.Today().Year;

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    /// <summary>The city's executives: they shortlist and decide.</summary>
    public bool CanDecide { get; private set; }

    /// <summary>Anyone with a role for a unit nominates, for this year or an earlier one.</summary>
    public bool CanNominate { get; private set; }

    public string YearUrl(int year) => $"/awards/failure-of-the-year/{year}" + (City is { } city ? $"?city={city}" : "");

    public string NominateUrl => $"/awards/failure-of-the-year/{Award.Year}/nominate" + (City is { } city ? $"?city={city}" : "");

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostShortlistAsync(Guid nominationId, CancellationToken cancellationToken) =>
        SendAsync(new ShortlistNomination.Command(Year ?? ThisYear, nominationId), "Award.ShortlistedStatus", cancellationToken);

    public Task<IActionResult> OnPostWinnerAsync(Guid nominationId, CancellationToken cancellationToken) =>
        SendAsync(new DecideFailureOfTheYear.Command(Year ?? ThisYear, nominationId), "Award.DecidedStatus", cancellationToken);

    private async Task<IActionResult> SendAsync<T>(ICommand<T> command, string status, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
            TempData["Status"] = localizer[status].Value;
            return Redirect(YearUrl(Year ?? ThisYear));
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, ""))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Year ??= ThisYear;
        Award = await sender.Send(new GetFailureOfTheYear.Query(Year.Value, City), cancellationToken);
        Winners = (await sender.Send(new ListFailureOfTheYearWinners.Query(City), cancellationToken)).Winners;
        CanDecide = authorizer.Can(Permission.DecideFailureAward, $"/{Award.CityId:N}/");
        CanNominate = Year <= ThisYear && authorizer.Can(Permission.NominateFailure, null);
    }
}
