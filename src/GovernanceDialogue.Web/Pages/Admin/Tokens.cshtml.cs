using System.ComponentModel.DataAnnotations;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Features.Tokens;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Web.Infrastructure;
using GovernanceDialogue.Web.Pages.Shared;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Admin;

/// <summary>Integrator tokens: list, create (the secret is shown on this answer only), revoke.</summary>
public sealed class TokensModel(ISender sender, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public PagedList<TokenDto> Tokens { get; private set; } = default!;

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public string? NewSecret { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = new InputModel { ExpiresOn = clock.Today().AddYears(1), Scopes = [TokenDto.Read] };
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var expires = Input.ExpiresOn is { } day
                ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), CityClock.TimeZone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)))
                : default;
            var created = await sender.Send(new CreateToken.Command(Input.Name ?? "", Input.Scopes, Input.UnitId ?? Guid.Empty, expires), cancellationToken);
            // Shown on this answer only, never stored in clear: no redirect, no TempData.
            NewSecret = created.Secret;
            Response.Headers.CacheControl = "no-store";
            Input = new InputModel { ExpiresOn = clock.Today().AddYears(1), Scopes = [TokenDto.Read] };
            ModelState.Clear();
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer))
        {
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new RevokeToken.Command(id), cancellationToken);
            TempData["Status"] = localizer["Tokens.Revoked"].Value;
            return RedirectToPage();
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, ""))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Tokens = await sender.Send(new ListTokens.Query(All, 1, Paging.MaxPageSize), cancellationToken);
        Units = UnitOption.From(await sender.Send(new GetUnitTree.Query(), cancellationToken));
    }

    public sealed class InputModel
    {
        [Display(Name = "Field.Name")]
        public string? Name { get; set; }

        [Display(Name = "Tokens.Scopes")]
        public List<string> Scopes { get; set; } = [];

        [Display(Name = "Field.UnitId")]
        public Guid? UnitId { get; set; }

        [Display(Name = "Field.ExpiresOn")]
        [DataType(DataType.Date)]
        public DateOnly? ExpiresOn { get; set; }
    }
}
