using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.Analyses;
using GovernanceDialogue.Core.Features.Account;
using GovernanceDialogue.Core.Features.Analyses;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Units.Analyses;

/// <summary>Writes the texts of a draft analysis, the equality perspective included.</summary>
public sealed class EditModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public Guid AnalysisId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string UnitName { get; private set; } = "";

    public int Period { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new EnsureAllowed.Query(Permission.EditAnalysis, Id), cancellationToken);
        var a = await LoadAsync(cancellationToken);
        Input = new InputModel
        {
            Version = a.Version,
            Strengths = a.Strengths,
            Challenges = a.Challenges,
            Risks = a.Risks,
            CitizenPerspective = a.CitizenPerspective,
            EmployeePerspective = a.EmployeePerspective,
            EqualityGroups = [.. a.EqualityGroups],
            EqualityPerspective = a.EqualityPerspective,
            CollaborationNeeds = a.CollaborationNeeds,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(
                new UpdateAnalysis.Command(
                    Id, AnalysisId, Input.Version, Input.Strengths, Input.Challenges, Input.Risks, Input.CitizenPerspective, Input.EmployeePerspective,
                    Input.EqualityGroups, Input.EqualityPerspective, Input.CollaborationNeeds),
                cancellationToken);
            TempData["Status"] = localizer["Form.SavedStatus"].Value;
            return RedirectToPage("/Units/Analyses/Details", new { id = Id, analysisId = AnalysisId });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task<AnalysisDto> LoadAsync(CancellationToken cancellationToken)
    {
        UnitName = (await sender.Send(new GetUnit.Query(Id), cancellationToken)).Unit.Name;
        var analysis = (await sender.Send(new GetAnalysis.Query(Id, AnalysisId), cancellationToken)).Analysis;
        Period = analysis.Period;
        return analysis;
    }

    public sealed class InputModel
    {
        public uint Version { get; set; }

        public string? Strengths { get; set; }

        public string? Challenges { get; set; }

        public string? Risks { get; set; }

        public string? CitizenPerspective { get; set; }

        public string? EmployeePerspective { get; set; }

        public List<EqualityGroup> EqualityGroups { get; set; } = [];

        public string? EqualityPerspective { get; set; }

        public string? CollaborationNeeds { get; set; }

        public string? Text(string field) => field switch
        {
            nameof(Strengths) => Strengths,
            nameof(Challenges) => Challenges,
            nameof(Risks) => Risks,
            nameof(CitizenPerspective) => CitizenPerspective,
            nameof(EmployeePerspective) => EmployeePerspective,
            _ => null,
        };
    }
}
