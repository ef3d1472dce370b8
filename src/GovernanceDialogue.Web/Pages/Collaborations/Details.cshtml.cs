using System.ComponentModel.DataAnnotations;
using FluentValidation.Results;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Collaborations;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Account;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Core.Features.Collaborations;
using GovernanceDialogue.Core.Features.Lessons;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Collaborations;

/// <summary>
/// One collaboration (samverkan): its ladder as a figure, its stage history with the trust reflections and its
/// agreements; for the lead unit's leaders, forms to move it on the ladder and to record agreements.
/// </summary>
public sealed class DetailsModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public StageInput StageForm { get; set; } = new();

    [BindProperty]
    public AgreementInputForm AgreementForm { get; set; } = new();

    public CollaborationDto Collaboration { get; private set; } = default!;

    public IReadOnlyList<AgreementDto> Agreements { get; private set; } = [];

    /// <summary>The lessons written from the collaboration that the visitor may read, newest first.</summary>
    public IReadOnlyList<LessonDto> Lessons { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        StageForm = StageInput.For(Collaboration.Stage);
    }

    public async Task<IActionResult> OnPostStageAsync(uint version, CancellationToken cancellationToken)
    {
        var command = new ChangeCollaborationStage.Command(
            Id, version, StageForm.Stage, StageForm.Reflection ?? "", StageForm.Trust.Select(t => new TrustInput(t.Aspect, t.Level, t.Note)).ToList());
        return await SendAsync(command, "Collaboration.StageChanged", "StageForm", cancellationToken);
    }

    public async Task<IActionResult> OnPostAgreementAsync(CancellationToken cancellationToken)
    {
        var command = new AddCollaborationAgreement.Command(Id, AgreementForm.UnitId, AgreementForm.ToInput());
        return await SendAsync(command, "Collaboration.AgreementAdded", "AgreementForm", cancellationToken);
    }

    private async Task<IActionResult> SendAsync<T>(ICommand<T> command, string status, string prefix, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await sender.Send(command, cancellationToken);
                TempData["Status"] = localizer[status].Value;
                return RedirectToPage(new { id = Id });
            }
            catch (Exception ex) when (this.AddCommandErrors(Flattened(ex), localizer, prefix))
            {
            }
        }

        await LoadAsync(cancellationToken);
        if (StageForm.Trust.Count == 0)
        {
            StageForm.Trust = StageInput.For(Collaboration.Stage).Trust;
        }

        return Page();
    }

    /// <summary>The agreement's fields sit in the form itself, not under "Agreement" as in the command.</summary>
    private static Exception Flattened(Exception exception) => exception is FluentValidation.ValidationException validation
        ? new FluentValidation.ValidationException(validation.Errors.Select(e => new ValidationFailure(e.PropertyName.Replace("Agreement.", "", StringComparison.Ordinal), e.ErrorMessage)))
        : exception;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Collaboration = await sender.Send(new GetCollaboration.Query(Id), cancellationToken);
        Agreements = await sender.Send(new ListCollaborationAgreements.Query(Id), cancellationToken);
        Lessons = (await sender.Send(new ListLessons.Query(PageSize: Paging.MaxPageSize, CollaborationId: Id), cancellationToken)).Items;
        try
        {
            CanEdit = await sender.Send(new EnsureAllowed.Query(Permission.EditCollaborations, Collaboration.LeadUnitId), cancellationToken);
        }
        catch (ForbiddenException)
        {
            CanEdit = false;
        }
    }

    /// <summary>A step on the ladder with its reflection and a judgement of each aspect of trust.</summary>
    public sealed class StageInput
    {
        [Display(Name = "Field.Stage")]
        public LadderStage? Stage { get; set; }

        [Display(Name = "Field.Reflection")]
        public string? Reflection { get; set; }

        [Display(Name = "Field.Trust")]
        public List<TrustRow> Trust { get; set; } = [];

        /// <summary>A blank form proposing the next step up (or the top step when the collaboration is there).</summary>
        public static StageInput For(LadderStage current) => new()
        {
            Stage = current == LadderStage.ChangePoliticalGovernance ? current : current + 1,
            Trust = Enum.GetValues<TrustAspect>().Select(a => new TrustRow { Aspect = a }).ToList(),
        };
    }

    public sealed class TrustRow
    {
        public TrustAspect? Aspect { get; set; }

        [Display(Name = "Field.TrustLevel")]
        public TrustLevel? Level { get; set; }

        [Display(Name = "Field.TrustNote")]
        public string? Note { get; set; }
    }

    /// <summary>An agreement made in the collaboration: the unit it binds, and the agreement as the dialogue's form rows have it.</summary>
    public sealed class AgreementInputForm : Dialogues.AgreementRow
    {
        [Display(Name = "Field.AgreementUnitId")]
        public Guid? UnitId { get; set; }
    }
}
