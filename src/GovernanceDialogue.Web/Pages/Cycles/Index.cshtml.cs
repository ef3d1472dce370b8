using System.ComponentModel.DataAnnotations;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Templates;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Web.Infrastructure;
using GovernanceDialogue.Web.Pages.Shared;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Cycles;

/// <summary>The dialogue cycles (dialogomgångar), newest first, by status and year; administrators and executives schedule one by hand.</summary>
public sealed class IndexModel(ISender sender, Authorizer authorizer, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public CycleStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    // Not bound as "page" from every source: Razor Pages keeps the page's own path under that route key.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public CycleInput Input { get; set; } = new();

    public PagedList<CycleDto> Cycles { get; private set; } = default!;

    /// <summary>The cities and administrations the caller may schedule cycles for (none: no form).</summary>
    public IReadOnlyList<UnitPlace> Scopes { get; private set; } = [];

    public IReadOnlyList<TemplateDto> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        Input = new CycleInput
        {
            OpensOn = today,
            PreparationDueOn = today.AddDays(28),
            DialoguesFrom = today.AddDays(29),
            DialoguesTo = today.AddDays(56),
            ClosesOn = today.AddDays(70),
        };
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var cycle = await sender.Send(
                    new CreateCycle.Command(
                        Input.ScopeUnitId ?? Guid.Empty, Input.Name ?? "", Input.TemplateId, Input.OpensOn, Input.PreparationDueOn, Input.DialoguesFrom,
                        Input.DialoguesTo, Input.ClosesOn),
                    cancellationToken);
                TempData["Status"] = localizer["Cycles.Created", cycle.Name].Value;
                return RedirectToPage("/Cycles/Details", new { id = cycle.Id });
            }
            catch (Exception ex) when (this.AddCommandErrors(ex, localizer))
            {
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public string PageUrl(int page) =>
        $"?status={Status}&year={Year}&page={page}";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Cycles = await sender.Send(new ListCycles.Query(null, Status, Year, PageNumber, PageSize), cancellationToken);
        if (authorizer.Subtrees(Permission.ManageCycles) is not { Count: 0 })
        {
            var scopes = UnitPlace.Scopes(await sender.Send(new GetUnitTree.Query(), cancellationToken));
            Scopes = scopes.Where(u => authorizer.Can(Permission.ManageCycles, u.Path)).ToList();
            Templates = Scopes.Count > 0 ? await sender.Send(new ListTemplates.Query(), cancellationToken) : [];
        }
    }

    /// <summary>A cycle scheduled by hand: for whom, its name and template, and its five dates.</summary>
    public sealed class CycleInput
    {
        [Display(Name = "Field.ScopeUnitId")]
        public Guid? ScopeUnitId { get; set; }

        [Display(Name = "Field.Name")]
        public string? Name { get; set; }

        [Display(Name = "Field.TemplateId")]
        public Guid? TemplateId { get; set; }

        [Display(Name = "Field.OpensOn")]
        [DataType(DataType.Date)]
        public DateOnly? OpensOn { get; set; }

        [Display(Name = "Field.PreparationDueOn")]
        [DataType(DataType.Date)]
        public DateOnly? PreparationDueOn { get; set; }

        [Display(Name = "Field.DialoguesFrom")]
        [DataType(DataType.Date)]
        public DateOnly? DialoguesFrom { get; set; }

        [Display(Name = "Field.DialoguesTo")]
        [DataType(DataType.Date)]
        public DateOnly? DialoguesTo { get; set; }

        [Display(Name = "Field.ClosesOn")]
        [DataType(DataType.Date)]
        public DateOnly? ClosesOn { get; set; }
    }
}
