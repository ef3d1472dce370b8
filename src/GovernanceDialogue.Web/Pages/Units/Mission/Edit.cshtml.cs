using System.ComponentModel.DataAnnotations;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Features.Account;
using GovernanceDialogue.Core.Features.Missions;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Units.Mission;

/// <summary>Edits the draft of a unit's mission; publishing happens on the unit's page.</summary>
public sealed class EditModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public string UnitName { get; private set; } = "";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new EnsureAllowed.Query(Permission.EditMission, Id), cancellationToken);
        await LoadUnitAsync(cancellationToken);
        var mission = await sender.Send(new GetMission.Query(Id), cancellationToken);
        var source = mission.Draft is { } draft
            ? (draft.AssignmentText, draft.PlainLanguageSummary, draft.TargetGroups, draft.Basis)
            : mission.Published is { } published
                ? (published.AssignmentText, published.PlainLanguageSummary, published.TargetGroups, published.Basis)
                : ("", "", (IReadOnlyList<string>)[], null);
        Input = new InputModel
        {
            Version = mission.Version,
            AssignmentText = source.Item1,
            PlainLanguageSummary = source.Item2,
            TargetGroups = string.Join('\n', source.Item3),
            Basis = source.Item4,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(
                new SaveMissionDraft.Command(
                    Id, Input.Version, Input.AssignmentText ?? "", Input.PlainLanguageSummary ?? "", Input.TargetGroupList(), Input.Basis),
                cancellationToken);
            TempData["Status"] = localizer["MissionEdit.SavedStatus"].Value;
            return RedirectToPage("/Units/Details", new { id = Id });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer))
        {
            await LoadUnitAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadUnitAsync(CancellationToken cancellationToken) =>
        UnitName = (await sender.Send(new GetUnit.Query(Id), cancellationToken)).Unit.Name;

    public sealed class InputModel
    {
        public uint Version { get; set; }

        [Display(Name = "Field.AssignmentText")]
        public string? AssignmentText { get; set; }

        [Display(Name = "Field.PlainLanguageSummary")]
        public string? PlainLanguageSummary { get; set; }

        [Display(Name = "Field.TargetGroups")]
        public string? TargetGroups { get; set; }

        [Display(Name = "Field.Basis")]
        public string? Basis { get; set; }

        /// <summary>One target group per line.</summary>
        public IReadOnlyList<string> TargetGroupList() =>
            (TargetGroups ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
