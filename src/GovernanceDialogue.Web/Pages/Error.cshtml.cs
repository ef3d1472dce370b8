using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernanceDialogue.Web.Pages;

/// <summary>The friendly page for 404, 403 and unexpected errors on pages (the API answers with problem details).</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string TitleKey { get; private set; } = "Error.Title";

    public string TextKey { get; private set; } = "Error.Text";

    public string? TraceId { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (TitleKey, TextKey) = code switch
        {
            404 => ("Error.NotFoundTitle", "Error.NotFoundText"),
            403 => ("Error.ForbiddenTitle", "Error.ForbiddenText"),
            400 => ("Error.BadRequestTitle", "Error.BadRequestText"),
            _ => ("Error.Title", "Error.Text"),
        };
        if (code is null or >= 500)
        {
            TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        }
    }
}
