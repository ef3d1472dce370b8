using System.ComponentModel.DataAnnotations;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Features.Users;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Admin.Users;

/// <summary>Administrators list, find and create users.</summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public PagedList<UserDto> Users { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var created = await sender.Send(
                new CreateUser.Command(Input.Email ?? "", Input.DisplayName ?? "", string.IsNullOrEmpty(Input.Password) ? null : Input.Password),
                cancellationToken);
            TempData["Status"] = localizer["Users.Created"].Value;
            if (created.InvitationToken is { } token)
            {
                TempData["InvitationUrl"] = Invitations.Url(Request, created.User.Id, token);
            }

            return RedirectToPage("/Admin/Users/Details", new { id = created.User.Id });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(PageNumber, 1);
        Users = await sender.Send(new ListUsers.Query(Q, null, PageNumber, 25), cancellationToken);
    }

    public sealed class InputModel
    {
        [Display(Name = "Field.Email")]
        public string? Email { get; set; }

        [Display(Name = "Field.DisplayName")]
        public string? DisplayName { get; set; }

        [Display(Name = "Field.InitialPassword")]
        public string? Password { get; set; }
    }
}
