using GovernanceDialogue.Core.Domain.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Account;

/// <summary>Signs out (POST only, with antiforgery); GET shows a button for it.</summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        TempData["Status"] = localizer["Logout.Done"].Value;
        return RedirectToPage("/Account/Login");
    }
}
