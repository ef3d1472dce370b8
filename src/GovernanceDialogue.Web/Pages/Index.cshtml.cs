using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.Units;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernanceDialogue.Web.Pages;

public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<UnitDto> Administrations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Administrations = (await sender.Send(new ListUnits.Query(Kind: UnitKind.Administration, PageSize: 100), cancellationToken)).Items;
}
