using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Features.Lessons;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Web.Infrastructure;
using GovernanceDialogue.Web.Pages.Shared;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Lessons;

/// <summary>
/// The lessons library (lärdomar): what the visitor may read (the handler decides: public lessons for everyone,
/// the organisation's for those signed in, drafts for the unit's editors), searched with the Swedish full-text search
/// and filtered by unit, tag, failure flag, visibility and status, newest (or best match) first.
/// </summary>
public sealed class IndexModel(ISender sender, Authorizer authorizer, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Failure { get; set; }

    [BindProperty(SupportsGet = true)]
    public LessonVisibility? Visibility { get; set; }

    [BindProperty(SupportsGet = true)]
    public LessonStatus? Status { get; set; }

    // Not bound as "page" from every source: Razor Pages keeps the page's own path under that route key.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The lessons found; null when the filters were refused (the errors are shown instead).</summary>
    public PagedList<LessonDto>? Results { get; private set; }

    public IReadOnlyList<UnitPlace> Units { get; private set; } = [];

    /// <summary>Whether the visitor may write a lesson for some unit.</summary>
    public bool CanWrite { get; private set; }

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Unit is not null || !string.IsNullOrWhiteSpace(Tag) || Failure is not null || Visibility is not null || Status is not null;

    public string PageUrl(int page) => FilterUrl(Tag, page);

    /// <summary>The same search and filters, with another tag (a tag on a lesson filters by it), from the first page.</summary>
    public string TagUrl(string tag) => FilterUrl(tag, 1);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Units = UnitPlace.From(await sender.Send(new GetUnitTree.Query(), cancellationToken));
        CanWrite = authorizer.Subtrees(Permission.EditLessons) is not { Count: 0 };
        try
        {
            Results = await sender.Send(new ListLessons.Query(Unit, Tag, Failure, Visibility, Status, Q, PageNumber, PageSize), cancellationToken);
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, ""))
        {
        }
    }

    private string FilterUrl(string? tag, int page) =>
        "?" + string.Join("&", new (string Key, string? Value)[]
            {
                ("q", Q), ("unit", Unit?.ToString()), ("tag", tag), ("failure", Failure?.ToString().ToLowerInvariant()),
                ("visibility", Visibility?.ToString()), ("status", Status?.ToString()), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            }
            .Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
}
