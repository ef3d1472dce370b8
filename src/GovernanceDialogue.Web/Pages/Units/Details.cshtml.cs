using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.Account;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Core.Features.Analyses;
using GovernanceDialogue.Core.Features.Audit;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Goals;
using GovernanceDialogue.Core.Features.Missions;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Units;

/// <summary>A unit's page: its place in the tree, its published mission and, for editors, the draft beside it.</summary>
public sealed class DetailsModel(ISender sender, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>This year: the period the unit page shows.</summary>
    public int Year => clock.Today().Year;

    public IReadOnlyList<ThemeDto> Themes { get; private set; } = [];

    public IReadOnlyList<AnalysisSummaryDto> Analyses { get; private set; } = [];

    public ListGoals.Response? Goals { get; private set; }

    public GetUnit.Response Unit { get; private set; } = default!;

    /// <summary>The unit's dialogues, for those who may read them (null: not shown).</summary>
    public IReadOnlyList<UnitDialogueDto>? Dialogues { get; private set; }

    /// <summary>The unit's open agreements, shown with its dialogues.</summary>
    public IReadOnlyList<AgreementDto> OpenAgreements { get; private set; } = [];

    public MissionDto Mission { get; private set; } = default!;

    public IReadOnlyList<UnitDto> Children { get; private set; } = [];

    /// <summary>The unit's recent changes, for those who may read them.</summary>
    public PagedList<AuditEntryDto>? History { get; private set; }

    /// <summary>The kind of unit that can be added under this one, if any.</summary>
    public UnitKind? ChildKind => Unit.Unit.Kind == UnitKind.City ? UnitKind.Administration : UnitKind.Unit;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync(Guid id, uint version, CancellationToken cancellationToken)
    {
        try
        {
            var published = await sender.Send(new PublishMission.Command(id, version), cancellationToken);
            TempData["Status"] = localizer["Mission.PublishedStatus", published.Number].Value;
            return RedirectToPage(new { id });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, prefix: ""))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostStartAnalysisAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var analysis = await sender.Send(new CreateAnalysis.Command(id, Year), cancellationToken);
            return RedirectToPage("/Units/Analyses/Edit", new { id, analysisId = analysis.Id });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, prefix: ""))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Unit = await sender.Send(new GetUnit.Query(id), cancellationToken);
        Mission = await sender.Send(new GetMission.Query(id), cancellationToken);
        Children = (await sender.Send(new ListUnits.Query(ParentId: id, IncludeClosed: true, PageSize: 200), cancellationToken)).Items;
        History = Unit.Can.ReadHistory ? await sender.Send(new GetUnitHistory.Query(id, 1, 10), cancellationToken) : null;
        Themes = await sender.Send(new ListThemesForUnit.Query(id), cancellationToken);
        Analyses = Unit.Can.ReadAnalyses ? await sender.Send(new ListAnalyses.Query(id), cancellationToken) : [];
        Goals = Unit.Can.ReadGoals ? await sender.Send(new ListGoals.Query(id, Year), cancellationToken) : null;
        if (Unit.Unit.Kind == UnitKind.Unit && await MayReadDialoguesAsync(id, cancellationToken))
        {
            Dialogues = await sender.Send(new ListUnitDialogues.Query(id), cancellationToken);
            OpenAgreements = await sender.Send(new ListAgreements.Query(UnitId: id, Status: AgreementStatus.Open), cancellationToken);
        }
    }

    private async Task<bool> MayReadDialoguesAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.Send(new EnsureAllowed.Query(Permission.ReadDialogue, id), cancellationToken);
        }
        catch (Exception ex) when (ex is ForbiddenException or UnauthorizedException)
        {
            return false;
        }
    }
}
