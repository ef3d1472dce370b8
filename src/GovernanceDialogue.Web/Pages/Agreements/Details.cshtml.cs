using System.ComponentModel.DataAnnotations;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Features.Account;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Agreements;

/// <summary>One agreement (överenskommelse) with its follow-up notes; for those who follow it up: note, done, drop, revise.</summary>
public sealed class DetailsModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>A follow-up note (the field is named as the command names it, so its errors land here).</summary>
    [BindProperty]
    [Display(Name = "Field.NoteText")]
    public string? Text { get; set; }

    [BindProperty]
    [Display(Name = "Field.DoneNote")]
    public string? Note { get; set; }

    [BindProperty]
    [Display(Name = "Field.DropReason")]
    public string? Reason { get; set; }

    [BindProperty]
    public RevisionInput Revision { get; set; } = new();

    public AgreementDto Agreement { get; private set; } = default!;

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Revision = new RevisionInput { Description = Agreement.Description, Responsible = Agreement.Responsible, DueOn = Agreement.DueOn };
    }

    public Task<IActionResult> OnPostNoteAsync(CancellationToken cancellationToken) =>
        SendAsync(new AddAgreementNote.Command(Id, Text ?? ""), "Agreement.NotedStatus", "", cancellationToken);

    public Task<IActionResult> OnPostDoneAsync(uint version, CancellationToken cancellationToken) =>
        SendAsync(new CompleteAgreement.Command(Id, version, Note), "Agreement.DoneStatus", "", cancellationToken);

    public Task<IActionResult> OnPostDropAsync(uint version, CancellationToken cancellationToken) =>
        SendAsync(new DropAgreement.Command(Id, version, Reason ?? ""), "Agreement.DroppedStatus", "", cancellationToken);

    public Task<IActionResult> OnPostReviseAsync(uint version, CancellationToken cancellationToken) =>
        SendAsync(new UpdateAgreement.Command(Id, version, Revision.Description ?? "", Revision.Responsible ?? "", Revision.DueOn), "Agreement.RevisedStatus", "Revision", cancellationToken);

    private async Task<IActionResult> SendAsync(ICommand<AgreementDto> command, string status, string prefix, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await sender.Send(command, cancellationToken);
                TempData["Status"] = localizer[status].Value;
                return RedirectToPage(new { id = Id });
            }
            catch (Exception ex) when (this.AddCommandErrors(ex, localizer, prefix))
            {
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Agreement = await sender.Send(new GetAgreement.Query(Id), cancellationToken);
        try
        {
            CanEdit = await sender.Send(new EnsureAllowed.Query(Permission.EditAgreements, Agreement.UnitId), cancellationToken);
        }
        catch (ForbiddenException)
        {
            CanEdit = false;
        }
    }

    /// <summary>What a revision may change: the wording, the responsible person, the due date (who it binds stays).</summary>
    public sealed class RevisionInput
    {
        [Display(Name = "Field.Description")]
        public string? Description { get; set; }

        [Display(Name = "Field.Responsible")]
        public string? Responsible { get; set; }

        [Display(Name = "Field.DueOn")]
        [DataType(DataType.Date)]
        public DateOnly? DueOn { get; set; }
    }
}
