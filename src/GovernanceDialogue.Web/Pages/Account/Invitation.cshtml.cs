using System.ComponentModel.DataAnnotations;
using GovernanceDialogue.Core.Features.Users;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Account;

/// <summary>An invited user (or one whose password an administrator reset) chooses a password.</summary>
public sealed class InvitationModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.Password != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", localizer["Invitation.Mismatch"]);
            return Page();
        }

        try
        {
            await sender.Send(new AcceptInvitation.Command(UserId, Token ?? "", Input.Password ?? ""), cancellationToken);
            TempData["Status"] = localizer["Invitation.Done"].Value;
            return RedirectToPage("/Account/Login");
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer))
        {
            return Page();
        }
    }

    public sealed class InputModel
    {
        [Display(Name = "Field.Password")]
        public string? Password { get; set; }

        [Display(Name = "Field.ConfirmPassword")]
        public string? ConfirmPassword { get; set; }
    }
}
