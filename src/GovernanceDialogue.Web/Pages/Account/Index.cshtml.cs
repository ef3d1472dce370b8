using GovernanceDialogue.Core.Features.Account;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernanceDialogue.Web.Pages.Account;

/// <summary>My account: who I am signed in as and which roles I hold where.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public GetMe.Response Me { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Me = await sender.Send(new GetMe.Query(), cancellationToken);
}
