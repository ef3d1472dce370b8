using GovernanceDialogue.Web.Infrastructure;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernanceDialogue.Web.Pages;

/// <summary>Switches the UI language (a cookie, a year long) and returns to the page the visitor came from.</summary>
public sealed class LanguageModel : PageModel
{
    public void OnGet()
    {
    }

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var chosen = WebSetup.SupportedCultures.FirstOrDefault(c => c.Name == culture) ?? WebSetup.SupportedCultures[0];
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
