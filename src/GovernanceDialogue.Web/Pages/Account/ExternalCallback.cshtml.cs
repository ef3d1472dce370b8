using System.Security.Claims;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Account;
using GovernanceDialogue.Web.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Account;

/// <summary>Where the identity provider sends the person back: map them to their user and sign them in.</summary>
public sealed class ExternalCallbackModel(
    SignInManager<AppUser> signIn, ISender sender, OpenIdConnectSettings oidc, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            ModelState.AddModelError(string.Empty, localizer["External.Failed"]);
            return Page();
        }

        var email = info.Principal.FindFirstValue(oidc.EmailClaim) ?? info.Principal.FindFirstValue(ClaimTypes.Email);
        var verified = info.Principal.FindFirstValue("email_verified");
        var resolved = await sender.Send(
            new ResolveExternalLogin.Command(info.LoginProvider, info.ProviderKey, verified == "false" ? null : email, info.ProviderDisplayName ?? info.LoginProvider),
            cancellationToken);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (resolved.UserId is not { } userId || await signIn.UserManager.FindByIdAsync(userId.ToString()) is not { } user)
        {
            ModelState.AddModelError(string.Empty, localizer["External.NoUser"]);
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
