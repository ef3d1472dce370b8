using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.Account;
using GovernanceDialogue.Core.Features.Missions;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Web.Infrastructure;
using GovernanceDialogue.Web.Pages.Shared;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Units;

/// <summary>Administers a unit: rename and correct it, move it, close it, or delete it if it has no history.</summary>
public sealed class EditModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public UnitInput Input { get; set; } = new();

    [BindProperty]
    public DateOnly? ValidTo { get; set; }

    [BindProperty]
    public Guid? NewParentId { get; set; }

    public GetUnit.Response Unit { get; private set; } = default!;

    public IReadOnlyList<UnitOption> ParentOptions { get; private set; } = [];

    public bool CanDelete { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new EnsureAllowed.Query(Permission.ManageOrganisation, Id), cancellationToken);
        await LoadAsync(cancellationToken);
        var unit = Unit.Unit;
        Input = new UnitInput { Name = unit.Name, ShortCode = unit.ShortCode, ExternalId = unit.ExternalId, ValidFrom = unit.ValidFrom };
    }

    public Task<IActionResult> OnPostUpdateAsync(uint version, CancellationToken cancellationToken) =>
        SendAsync(
            new UpdateUnit.Command(Id, version, Input.Name ?? "", Input.ShortCode ?? "", Input.ExternalId, Input.ValidFrom),
            "UnitEdit.SavedStatus", "Input", cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(uint version, CancellationToken cancellationToken) =>
        SendAsync(new MoveUnit.Command(Id, NewParentId ?? Guid.Empty, version), "UnitEdit.MovedStatus", "", cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(uint version, CancellationToken cancellationToken) =>
        SendAsync(new CloseUnit.Command(Id, ValidTo ?? default, version), "UnitEdit.ClosedStatus", "", cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(uint version, CancellationToken cancellationToken)
    {
        var parentId = (await sender.Send(new GetUnit.Query(Id), cancellationToken)).Unit.ParentId;
        var result = await SendAsync(new DeleteUnit.Command(Id, version), "UnitEdit.DeletedStatus", "", cancellationToken);
        return result is RedirectToPageResult
            ? parentId is { } parent ? RedirectToPage("/Units/Details", new { id = parent }) : RedirectToPage("/Units/Index")
            : result;
    }

    private async Task<IActionResult> SendAsync<TResponse>(
        ICommand<TResponse> command, string statusKey, string errorPrefix, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
            TempData["Status"] = localizer[statusKey].Value;
            return RedirectToPage("/Units/Details", new { id = Id });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, errorPrefix))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Unit = await sender.Send(new GetUnit.Query(Id), cancellationToken);
        var unit = Unit.Unit;
        var hasPublishedMission = (await sender.Send(new GetMission.Query(Id), cancellationToken)).Published is not null;
        CanDelete = Unit.ChildCount == 0 && !hasPublishedMission;

        if (unit.Kind == UnitKind.City || Unit.Ancestors.Count == 0)
        {
            return;
        }

        // Possible new parents: every open unit of the same city that can hold this kind, outside this unit's own subtree.
        var tree = await sender.Send(new GetUnitTree.Query(Unit.Ancestors[0].Id), cancellationToken);
        ParentOptions = UnitOption.From(tree, include: node => OrganisationUnit.CanBeChildOf(unit.Kind, node.Kind), descend: node => node.Id != unit.Id);
    }
}
