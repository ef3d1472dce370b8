using System.ComponentModel.DataAnnotations;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Persistence;
using GovernanceDialogue.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Account;

/// <summary>Sign-in with a local account (with lockout after repeated failures) or the city's identity provider.</summary>
public sealed class LoginModel(
    SignInManager<AppUser> signIn, AuditTrail audit, OpenIdConnectSettings oidc, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ExternalProvider => oidc.Enabled ? oidc.DisplayName : null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email) || string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError(string.Empty, localizer["Login.Missing"]);
            return Page();
        }

        // Failed attempts count towards the lockout; the audit trail records them as sign-in changes.
        using var signingIn = audit.Attributing("SignIn");
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl());
        }

        // One message for unknown user, wrong password and deactivated user: sign-in reveals nobody's existence.
        ModelState.AddModelError(string.Empty, result.IsLockedOut ? localizer["Login.LockedOut"] : localizer["Login.Failed"]);
        return Page();
    }

    public IActionResult OnPostExternal()
    {
        if (!oidc.Enabled)
        {
            return NotFound();
        }

        var callback = Url.Page("/Account/ExternalCallback", new { returnUrl = SafeReturnUrl() });
        var properties = signIn.ConfigureExternalAuthenticationProperties(OpenIdConnectSettings.Scheme, callback);
        return Challenge(properties, OpenIdConnectSettings.Scheme);
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";

    public sealed class InputModel
    {
        [Display(Name = "Field.Email")]
        public string? Email { get; set; }

        [Display(Name = "Field.Password")]
        public string? Password { get; set; }

        [Display(Name = "Field.RememberMe")]
        public bool RememberMe { get; set; }
    }
}
