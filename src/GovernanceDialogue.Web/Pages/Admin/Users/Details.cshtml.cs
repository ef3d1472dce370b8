using System.ComponentModel.DataAnnotations;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Core.Features.Users;
using GovernanceDialogue.Web.Infrastructure;
using GovernanceDialogue.Web.Pages.Shared;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Admin.Users;

/// <summary>One user: roles per unit, name and active flag, a new invitation link.</summary>
public sealed class DetailsModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public UserDto UserDetails { get; private set; } = default!;

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public IReadOnlyList<Role> AssignableRoles { get; } = [Role.Executive, Role.UnitManager, Role.Politician, Role.Administrator];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = new InputModel { DisplayName = UserDetails.DisplayName, IsActive = UserDetails.IsActive };
    }

    public Task<IActionResult> OnPostUpdateAsync(uint version, CancellationToken cancellationToken) =>
        SendAsync(new UpdateUser.Command(Id, version, Input.DisplayName ?? "", Input.IsActive), "Users.Saved", "Input", cancellationToken);

    public Task<IActionResult> OnPostAssignAsync(Role role, Guid? unitId, CancellationToken cancellationToken) =>
        SendAsync(new AddRoleAssignment.Command(Id, role, unitId), "Users.RoleAdded", "", cancellationToken);

    public Task<IActionResult> OnPostUnassignAsync(Role role, Guid? unitId, CancellationToken cancellationToken) =>
        SendAsync(new RemoveRoleAssignment.Command(Id, role, unitId), "Users.RoleRemoved", "", cancellationToken);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        var invitation = await sender.Send(new InviteUser.Command(Id), cancellationToken);
        TempData["InvitationUrl"] = Invitations.Url(Request, invitation.UserId, invitation.InvitationToken);
        return RedirectToPage(new { id = Id });
    }

    private async Task<IActionResult> SendAsync<T>(ICommand<T> command, string statusKey, string prefix, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
            TempData["Status"] = localizer[statusKey].Value;
            return RedirectToPage(new { id = Id });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, prefix))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        UserDetails = await sender.Send(new GetUser.Query(Id), cancellationToken);
        Units = UnitOption.From(await sender.Send(new GetUnitTree.Query(), cancellationToken));
    }

    public sealed class InputModel
    {
        [Display(Name = "Field.DisplayName")]
        public string? DisplayName { get; set; }

        [Display(Name = "Field.IsActive")]
        public bool IsActive { get; set; }
    }
}
