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

/// <summary>
/// One template: its versions, one version's questions, and the form to rename it or change its questions (which
/// starts a new version; dialogues already started keep theirs). Administrators only.
/// </summary>
public sealed class DetailsModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>An earlier version to show (the newest when none).</summary>
    [BindProperty(SupportsGet = true, Name = "version")]
    public int? VersionNumber { get; set; }

    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    public TemplateDto Template { get; private set; } = default!;

    public TemplateVersionDto? Shown { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new EnsureAllowed.Query(Permission.ManageTemplates), cancellationToken);
        await LoadAsync(cancellationToken);
        Input = TemplateInput.From(Template);
    }

    public async Task<IActionResult> OnPostAsync(uint etag, CancellationToken cancellationToken)
    {
        var (questions, rows) = Input.ToQuestions();
        if (ModelState.IsValid)
        {
            try
            {
                var before = (await sender.Send(new GetTemplate.Query(Id), cancellationToken)).CurrentVersionNumber;
                var template = await sender.Send(new UpdateTemplate.Command(Id, etag, Input.Name ?? "", questions, Input.IsDefault), cancellationToken);
                TempData["Status"] = template.CurrentVersionNumber > before
                    ? localizer["Templates.NewVersionStatus", template.CurrentVersionNumber].Value
                    : localizer["Form.SavedStatus"].Value;
                return RedirectToPage(new { id = Id });
            }
            catch (Exception ex) when (this.AddCommandErrors(FormRows.Remap(ex, "Questions", rows), localizer))
            {
            }
        }

        VersionNumber = null;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Template = await sender.Send(new GetTemplate.Query(Id), cancellationToken);
        if (VersionNumber is { } number && number != Template.CurrentVersionNumber)
        {
            Shown = await sender.Send(new GetTemplateVersion.Query(Id, number), cancellationToken);
        }
    }
}
