using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Summaries;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Web.Infrastructure;
using GovernanceDialogue.Web.Pages.Shared;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Cycles;

/// <summary>
/// One cycle: its calendar for everyone signed in; for the executives (and administrators) over a part of it, the
/// progress as a chart and tables, who is overdue, and the dialogues; open and close for those who manage it.
/// </summary>
public sealed class DetailsModel(ISender sender, Authorizer authorizer, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int PageSize = 50;

    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The part of the organisation shown (the cycle's scope, or a part below it the caller may follow).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public DialogueStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    // Not bound as "page" from every source: Razor Pages keeps the page's own path under that route key.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public CycleDto Cycle { get; private set; } = default!;

    public bool CanManage { get; private set; }

    /// <summary>The parts of the cycle's scope whose progress the caller may follow (empty: no overview).</summary>
    public IReadOnlyList<UnitPlace> Parts { get; private set; } = [];

    public UnitPlace? Part { get; private set; }

    public CycleProgressDto? Progress { get; private set; }

    public PagedList<DialogueSummaryDto>? Dialogues { get; private set; }

    public IReadOnlyList<CycleRollupDto> Rollups { get; private set; } = [];

    /// <summary>The cycle's summaries the caller may read: the published ones, and drafts for the executives of their scope.</summary>
    public IReadOnlyList<SummaryListItemDto> Summaries { get; private set; } = [];

    /// <summary>
    /// What the caller may generate summaries for: all of the cycle's (null, an executive of its scope) or one
    /// administration each (its executive, in a city's cycle). Empty before the cycle opens.
    /// </summary>
    public IReadOnlyList<(Guid? UnitId, string Name)> SummaryTargets { get; private set; } = [];

    /// <summary>Whether the caller edits this summary (an executive of its scope).</summary>
    public bool CanEditSummary(Guid unitId) => paths.TryGetValue(unitId, out var path) && authorizer.Can(Permission.EditSummaries, path);

    /// <summary>The dialogues of this cycle for the units the caller manages.</summary>
    public IReadOnlyList<DialogueSummaryDto> MyDialogues { get; private set; } = [];

    private Dictionary<Guid, string> paths = [];

    /// <summary>Whether the caller may open this unit's dialogue (its manager, the executives above it).</summary>
    public bool CanReadDialogue(Guid unitId) => paths.TryGetValue(unitId, out var path) && authorizer.Can(Permission.ReadDialogue, path);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostOpenAsync(uint version, CancellationToken cancellationToken) =>
        SendAsync(new OpenCycle.Command(Id, version), "Cycle.OpenedStatus", cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(uint version, CancellationToken cancellationToken) =>
        SendAsync(new CloseCycle.Command(Id, version), "Cycle.ClosedStatus", cancellationToken);

    /// <param name="summaryUnit">One administration's summary only; all of the cycle's when null.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    public async Task<IActionResult> OnPostGenerateSummariesAsync(Guid? summaryUnit, CancellationToken cancellationToken)
    {
        try
        {
            var generated = await sender.Send(new GenerateSummaries.Command(Id, summaryUnit), cancellationToken);
            TempData["Status"] = localizer["CycleSummaries.GeneratedStatus", generated.Count].Value;
            return RedirectToPage(null, null, new { id = Id }, "summaries-heading");
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, ""))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    public string DialoguesUrl(int page) =>
        $"?unit={Part?.Id}&status={Status}&overdue={(Overdue ? "true" : "false")}&page={page}#dialogues-heading";

    private async Task<IActionResult> SendAsync(ICommand<CycleDto> command, string status, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
            TempData["Status"] = localizer[status].Value;
            return RedirectToPage(new { id = Id });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, ""))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Cycle = await sender.Send(new GetCycle.Query(Id), cancellationToken);
        var scopePath = UnitPlace.PathOf(await sender.Send(new GetUnit.Query(Cycle.ScopeUnitId), cancellationToken));
        CanManage = authorizer.Can(Permission.ManageCycles, scopePath);

        // Only the parts of the scope where the caller follows progress, reads dialogues or edits summaries are read
        // (an administration's executive: their administration, not the city's whole tree).
        var places = new List<UnitPlace>();
        var tops = UnitPlace.Parts(
            scopePath, authorizer.Subtrees(Permission.ReadCycleProgress), authorizer.Subtrees(Permission.ReadDialogue), authorizer.Subtrees(Permission.EditSummaries));
        foreach (var (topId, parentPath, depth) in tops)
        {
            places.AddRange(UnitPlace.From(await sender.Send(new GetUnitTree.Query(topId, IncludeClosed: true), cancellationToken), parentPath, depth));
        }

        paths = places.ToDictionary(p => p.Id, p => p.Path);

        Parts = places.Where(p => p.HasChildren && authorizer.Can(Permission.ReadCycleProgress, p.Path)).ToList();
        Part = Parts.FirstOrDefault(p => p.Id == Unit) ?? (Parts.Count > 0 ? Parts[0] : null);
        if (Part is not null && Cycle.Status != CycleStatus.Scheduled)
        {
            PageNumber = Math.Max(1, PageNumber);
            Progress = await sender.Send(new GetCycleProgress.Query(Id, Part.Id), cancellationToken);
            Dialogues = await sender.Send(new ListCycleDialogues.Query(Id, Part.Id, Status, Overdue ? true : null, PageNumber, PageSize), cancellationToken);
        }

        if (Cycle.Status == CycleStatus.Closed && authorizer.Can(Permission.ReadCycleProgress, scopePath))
        {
            Rollups = await sender.Send(new GetCycleRollups.Query(Id), cancellationToken);
        }

        Summaries = await sender.Send(new ListCycleSummaries.Query(Id), cancellationToken);
        if (Cycle.Status != CycleStatus.Scheduled)
        {
            SummaryTargets = authorizer.Can(Permission.EditSummaries, scopePath)
                ? [(null, Cycle.ScopeName)]
                : places.Where(p => p.Kind == UnitKind.Administration && authorizer.Can(Permission.EditSummaries, p.Path)).Select(p => ((Guid?)p.Id, p.Name)).ToList();
        }

        MyDialogues = await sender.Send(new ListMyCycleDialogues.Query(Id), cancellationToken);
    }
}
