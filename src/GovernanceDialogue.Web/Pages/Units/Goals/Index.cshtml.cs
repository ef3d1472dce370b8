using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Features.Analyses;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Goals;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Units.Goals;

/// <summary>A unit's few goals for a period: ranked, with room for one more only by letting another go, and the stop log.</summary>
public sealed class IndexModel(ISender sender, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Period { get; set; }

    [BindProperty]
    public GoalInput Input { get; set; } = new();

    /// <summary>The period shown (this year unless asked).</summary>
    public int Year => Period ?? 0;

    public string UnitName { get; private set; } = "";

    public ListGoals.Response Goals { get; private set; } = default!;

    public IReadOnlyList<StopLogEntryDto> Stopped { get; private set; } = [];

    public IReadOnlyList<ThemeDto> Themes { get; private set; } = [];

    public AnalysisDto? Analysis { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(Guid? replaceGoalId, string? replaceReason, CancellationToken cancellationToken)
    {
        var period = Period ?? clock.Today().Year;
        return await SendAsync(
            new AddGoal.Command(
                Id, period, Input.Title ?? "", Input.Why ?? "", Input.AnalysisId, Input.EvidenceIds, Input.ThemeIds, Input.Owner ?? "", Input.HowWeWillKnow ?? "",
                replaceGoalId is { } replaced ? new ReplacementInput(replaced, replaceReason ?? "") : null),
            "Goals.Added", "Input", cancellationToken);
    }

    public Task<IActionResult> OnPostRankAsync(Guid goalId, uint version, int rank, CancellationToken cancellationToken) =>
        SendAsync(new RankGoal.Command(Id, goalId, version, rank), "Goals.Ranked", "", cancellationToken);

    public Task<IActionResult> OnPostStopAsync(string? stopTitle, string? stopReason, CancellationToken cancellationToken) =>
        SendAsync(new AddStopLogEntry.Command(Id, Period ?? clock.Today().Year, stopTitle ?? "", stopReason ?? ""), "Goals.Stopped", "", cancellationToken);

    private async Task<IActionResult> SendAsync<T>(ICommand<T> command, string status, string prefix, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
            TempData["Status"] = localizer[status].Value;
            return RedirectToPage(new { id = Id, period = Period });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, prefix))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Period ??= clock.Today().Year;
        var unit = await sender.Send(new GetUnit.Query(Id), cancellationToken);
        UnitName = unit.Unit.Name;
        Goals = await sender.Send(new ListGoals.Query(Id, Period), cancellationToken);
        Stopped = await sender.Send(new ListStopLog.Query(Id, Period), cancellationToken);
        (Themes, Analysis) = await GoalPageData.LoadAsync(sender, Id, Period.Value, unit.Can.ReadAnalyses, cancellationToken);
    }
}
