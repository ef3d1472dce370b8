using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Features.Audit;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Admin;

/// <summary>The audit trail for administrators, filtered by entity, user and dates.</summary>
public sealed class AuditModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<string> EntityTypes { get; } = ["OrganisationUnit", "Mission", "MissionVersion", "AppUser", "RoleAssignment", "ApiToken"];

    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<AuditEntryDto> Entries { get; private set; } = new([], 1, 50, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(PageNumber, 1);
        try
        {
            Entries = await sender.Send(
                new ListAuditEntries.Query(
                    string.IsNullOrWhiteSpace(EntityType) ? null : EntityType,
                    string.IsNullOrWhiteSpace(EntityId) ? null : EntityId.Trim(),
                    string.IsNullOrWhiteSpace(UserId) ? null : UserId.Trim(),
                    StartOf(From), StartOf(To?.AddDays(1)), PageNumber, 50),
                cancellationToken);
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, ""))
        {
        }
    }

    public string PageUrl(int page) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["entityType"] = EntityType,
            ["entityId"] = EntityId,
            ["userId"] = UserId,
            ["from"] = From?.ToString("yyyy-MM-dd"),
            ["to"] = To?.ToString("yyyy-MM-dd"),
            ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).ToString();

    private static DateTimeOffset? StartOf(DateOnly? day)
    {
        if (day is not { } d)
        {
            return null;
        }

        var midnight = d.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, CityClock.TimeZone.GetUtcOffset(midnight));
    }
}
