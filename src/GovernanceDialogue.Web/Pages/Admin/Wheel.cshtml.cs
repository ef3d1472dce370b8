using System.ComponentModel.DataAnnotations;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Account;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Templates;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Web.Infrastructure;
using GovernanceDialogue.Web.Pages.Shared;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Admin;

/// <summary>
/// The yearly wheel (årshjul) of a city or an administration: the cycles that recur every year, each with five days
/// of the year and a template, and the dates they give this year and next. Administrators only.
/// </summary>
public sealed class WheelModel(ISender sender, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int EmptyRows = 2;

    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public WheelInput Input { get; set; } = new();

    public WheelDto Wheel { get; private set; } = default!;

    public IReadOnlyList<UnitPlace> Scopes { get; private set; } = [];

    public IReadOnlyList<TemplateDto> Templates { get; private set; } = [];

    public int Year => clock.Today().Year;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new EnsureAllowed.Query(Permission.ManageWheel), cancellationToken);
        await LoadAsync(cancellationToken);
        Input = WheelInput.From(Wheel);
    }

    public async Task<IActionResult> OnPostAsync(uint? etag, CancellationToken cancellationToken)
    {
        var kept = Input.Entries.Select((e, i) => (Row: e, Index: i)).Where(x => !x.Row.Remove && !x.Row.IsBlank).ToList();
        var entries = new List<WheelEntry>();
        foreach (var (row, index) in kept)
        {
            var days = row.Days().Select(d => (d.Field, Ok: MonthDay.TryParse(d.Text?.Trim(), out var day), Day: day)).ToList();
            foreach (var bad in days.Where(d => !d.Ok))
            {
                ModelState.AddModelError($"Input.Entries[{index}].{bad.Field}", localizer["Wheel.DayFormat"].Value);
            }

            if (days.All(d => d.Ok))
            {
                entries.Add(new WheelEntry(row.Key?.Trim() ?? "", row.Name ?? "", days[0].Day, days[1].Day, days[2].Day, days[3].Day, days[4].Day, row.TemplateId));
            }
        }

        var rows = kept.Select(x => x.Index).ToList();
        if (ModelState.IsValid)
        {
            try
            {
                var saved = await sender.Send(new SaveWheel.Command(UnitId ?? Guid.Empty, etag, entries), cancellationToken);
                TempData["Status"] = localizer["Wheel.SavedStatus", saved.ScopeName].Value;
                return RedirectToPage(new { unitId = saved.ScopeUnitId });
            }
            catch (Exception ex) when (this.AddCommandErrors(FormRows.Remap(ex, "Entries", rows), localizer))
            {
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Scopes = UnitPlace.Scopes(await sender.Send(new GetUnitTree.Query(), cancellationToken));
        Wheel = await sender.Send(new GetWheel.Query(UnitId), cancellationToken);
        UnitId = Wheel.ScopeUnitId;
        Templates = await sender.Send(new ListTemplates.Query(), cancellationToken);
    }

    /// <summary>The wheel's entries as form rows, with a few empty rows for new cycles (up to the wheel's limit).</summary>
    public sealed class WheelInput
    {
        public List<EntryRow> Entries { get; set; } = [];

        public static WheelInput From(WheelDto wheel)
        {
            var input = new WheelInput
            {
                Entries =
                [
                    .. wheel.Entries.Select(e => new EntryRow
                    {
                        Key = e.Key, Name = e.Name, OpensOn = e.OpensOn.ToString(), PreparationDueOn = e.PreparationDueOn.ToString(),
                        DialoguesFrom = e.DialoguesFrom.ToString(), DialoguesTo = e.DialoguesTo.ToString(), ClosesOn = e.ClosesOn.ToString(), TemplateId = e.TemplateId,
                    }),
                ],
            };
            for (var i = 0; i < EmptyRows && input.Entries.Count < WheelSchedule.MaxEntries; i++)
            {
                input.Entries.Add(new EntryRow());
            }

            return input;
        }
    }

    /// <summary>One recurring cycle: its key and name, five days of the year as "MM-dd", and its template.</summary>
    public sealed class EntryRow
    {
        [Display(Name = "Field.Key")]
        public string? Key { get; set; }

        [Display(Name = "Field.Name")]
        public string? Name { get; set; }

        [Display(Name = "Field.OpensOn")]
        public string? OpensOn { get; set; }

        [Display(Name = "Field.PreparationDueOn")]
        public string? PreparationDueOn { get; set; }

        [Display(Name = "Field.DialoguesFrom")]
        public string? DialoguesFrom { get; set; }

        [Display(Name = "Field.DialoguesTo")]
        public string? DialoguesTo { get; set; }

        [Display(Name = "Field.ClosesOn")]
        public string? ClosesOn { get; set; }

        [Display(Name = "Field.TemplateId")]
        public Guid? TemplateId { get; set; }

        [Display(Name = "Field.RemoveEntry")]
        public bool Remove { get; set; }

        public bool IsBlank =>
            string.IsNullOrWhiteSpace(Key) && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(OpensOn) && string.IsNullOrWhiteSpace(PreparationDueOn)
            && string.IsNullOrWhiteSpace(DialoguesFrom) && string.IsNullOrWhiteSpace(DialoguesTo) && string.IsNullOrWhiteSpace(ClosesOn);

        public IEnumerable<(string Field, string? Text)> Days() =>
        [
            (nameof(OpensOn), OpensOn), (nameof(PreparationDueOn), PreparationDueOn), (nameof(DialoguesFrom), DialoguesFrom),
            (nameof(DialoguesTo), DialoguesTo), (nameof(ClosesOn), ClosesOn),
        ];
    }
}
