using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Features.Account;
using GovernanceDialogue.Core.Features.Templates;
using GovernanceDialogue.Web.Infrastructure;
using GovernanceDialogue.Web.Pages.Shared;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Admin.Templates;

/// <summary>The dialogue templates (samtalsmallar) and a form for a new one: administrators only.</summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    public IReadOnlyList<TemplateDto> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new EnsureAllowed.Query(Permission.ManageTemplates), cancellationToken);
        Input = new TemplateInput().Pad();
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (questions, rows) = Input.ToQuestions();
        if (ModelState.IsValid)
        {
            try
            {
                var template = await sender.Send(new CreateTemplate.Command(Input.Name ?? "", questions, Input.IsDefault), cancellationToken);
                TempData["Status"] = localizer["Templates.CreatedStatus", template.Name].Value;
                return RedirectToPage("/Admin/Templates/Details", new { id = template.Id });
            }
            catch (Exception ex) when (this.AddCommandErrors(FormRows.Remap(ex, "Questions", rows), localizer))
            {
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Templates = await sender.Send(new ListTemplates.Query(), cancellationToken);
}
