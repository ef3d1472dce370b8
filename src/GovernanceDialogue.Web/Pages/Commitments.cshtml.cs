using GovernanceDialogue.Core.Features.Agreements;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernanceDialogue.Web.Pages;

/// <summary>"Mina åtaganden": the open agreements the caller still owes, as leadership and as a unit, overdue first.</summary>
public sealed class CommitmentsModel(ISender sender) : PageModel
{
    public ListMyCommitments.Response Commitments { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Commitments = await sender.Send(new ListMyCommitments.Query(), cancellationToken);

    /// <summary>Overdue ones first, then by due date.</summary>
    public static IReadOnlyList<AgreementDto> Ordered(IReadOnlyList<AgreementDto> agreements) =>
        [.. agreements.OrderByDescending(a => a.Overdue).ThenBy(a => a.DueOn)];
}
