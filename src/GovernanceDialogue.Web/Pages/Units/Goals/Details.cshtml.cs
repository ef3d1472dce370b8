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

/// <summary>One goal; for its editors the forms to change it, mark it achieved or let it go (to the stop log).</summary>
public sealed class DetailsModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public Guid GoalId { get; set; }

    [BindProperty]
    public GoalInput Input { get; set; } = new();

    public string UnitName { get; private set; } = "";

    public GoalDto Goal { get; private set; } = default!;

    public bool CanEdit { get; private set; }

    public IReadOnlyList<ThemeDto> Themes { get; private set; } = [];

    public AnalysisDto? Analysis { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = GoalInput.From(Goal);
    }

    public Task<IActionResult> OnPostUpdateAsync(uint version, CancellationToken cancellationToken) =>
        SendAsync(
            new UpdateGoal.Command(Id, GoalId, version, Input.Title ?? "", Input.Why ?? "", Input.AnalysisId, Input.EvidenceIds, Input.ThemeIds, Input.Owner ?? "", Input.HowWeWillKnow ?? ""),
            "Form.SavedStatus", "Input", cancellationToken);

    public Task<IActionResult> OnPostAchieveAsync(uint version, string? reflection, CancellationToken cancellationToken) =>
        SendAsync(new AchieveGoal.Command(Id, GoalId, version, reflection ?? ""), "Goal.Achieved", "", cancellationToken);

    public Task<IActionResult> OnPostDropAsync(uint version, string? reason, string? dropReflection, CancellationToken cancellationToken) =>
        SendAsync(new DropGoal.Command(Id, GoalId, version, reason ?? "", dropReflection), "Goal.Dropped", "", cancellationToken);

    private async Task<IActionResult> SendAsync<T>(ICommand<T> command, string status, string prefix, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
            TempData["Status"] = localizer[status].Value;
            return RedirectToPage("/Units/Goals/Index", new { id = Id, period = (await sender.Send(new GetGoal.Query(Id, GoalId), cancellationToken)).Period });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, prefix))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var unit = await sender.Send(new GetUnit.Query(Id), cancellationToken);
        UnitName = unit.Unit.Name;
        CanEdit = unit.Can.EditGoals;
        Goal = await sender.Send(new GetGoal.Query(Id, GoalId), cancellationToken);
        (Themes, Analysis) = await GoalPageData.LoadAsync(sender, Id, Goal.Period, unit.Can.ReadAnalyses, cancellationToken);
    }
}
