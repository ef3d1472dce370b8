using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernanceDialogue.Web.Pages;

/// <summary>Documents every problem <c>type</c> the API answers with; the types link here.</summary>
public sealed class ProblemsModel : PageModel
{
    public string? Slug { get; private set; }

    public IReadOnlyList<KeyValuePair<string, string>> Types { get; } =
        [.. ProblemTypes.Generic, .. DomainRules.Descriptions.OrderBy(r => r.Key)];

    public IActionResult OnGet(string? slug)
    {
        Slug = slug;
        return slug is null || Types.Any(t => t.Key == slug) ? Page() : NotFound();
    }
}
