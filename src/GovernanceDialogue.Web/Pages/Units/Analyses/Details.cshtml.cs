using System.ComponentModel.DataAnnotations;
using System.Globalization;
using GovernanceDialogue.Core.Features.Analyses;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Web.Api;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace GovernanceDialogue.Web.Pages.Units.Analyses;

/// <summary>An analysis beside the previous period's, with its evidence; for its editors the forms to add evidence, import Kolada and complete.</summary>
public sealed class DetailsModel(ISender sender, IStringLocalizer<SharedResource> localizer, IOptions<JsonOptions> json) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public Guid AnalysisId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool WithPrevious { get; set; }

    [BindProperty]
    public ObservationInput Observation { get; set; } = new();

    public string UnitName { get; private set; } = "";

    public GetAnalysis.Response Analysis { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostObserveAsync(CancellationToken cancellationToken)
    {
        var o = Observation;
        if (!o.TryParse(ModelState, localizer["Form.NotANumber"], out var value, out var women, out var men, out var comparison))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        return await SendAsync(
            new AddObservation.Command(Id, AnalysisId, o.Title ?? "", value, o.UnitOfMeasure, o.Period ?? "", o.Source ?? "", o.KoladaKpiId, women, men, comparison, o.ComparisonLabel),
            "Analysis.ObservationAdded", "Observation", cancellationToken);
    }

    public Task<IActionResult> OnPostRemoveAsync(Guid observationId, CancellationToken cancellationToken) =>
        SendAsync(new RemoveObservation.Command(Id, AnalysisId, observationId), "Analysis.ObservationRemoved", "", cancellationToken);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        try
        {
            var document = await KoladaFile.ReadAsync(file, json.Value.JsonSerializerOptions, cancellationToken);
            var result = await sender.Send(new ImportKolada.Command(Id, AnalysisId, document), cancellationToken);
            TempData["Status"] = localizer["Analysis.Imported", result.Added, result.Replaced, result.Skipped].Value;
            return RedirectToPage(new { id = Id, analysisId = AnalysisId });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, ""))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    public Task<IActionResult> OnPostCompleteAsync(uint version, CancellationToken cancellationToken) =>
        SendAsync(new CompleteAnalysis.Command(Id, AnalysisId, version), "Analysis.Completed", "", cancellationToken);

    private async Task<IActionResult> SendAsync<T>(ICommand<T> command, string status, string prefix, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
            TempData["Status"] = localizer[status].Value;
            return RedirectToPage(new { id = Id, analysisId = AnalysisId });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, prefix))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        UnitName = (await sender.Send(new GetUnit.Query(Id), cancellationToken)).Unit.Name;
        Analysis = await sender.Send(new GetAnalysis.Query(Id, AnalysisId, WithPrevious), cancellationToken);
    }

    /// <summary>The observation form; numbers are typed as text so both "81,5" and "81.5" work.</summary>
    public sealed class ObservationInput
    {
        [Display(Name = "Field.Title")]
        public string? Title { get; set; }

        [Display(Name = "Observation.Value")]
        public string? Value { get; set; }

        [Display(Name = "Field.UnitOfMeasure")]
        public string? UnitOfMeasure { get; set; }

        [Display(Name = "Field.ObservationPeriod")]
        public string? Period { get; set; }

        [Display(Name = "Observation.Source")]
        public string? Source { get; set; }

        [Display(Name = "Field.KoladaKpiId")]
        public string? KoladaKpiId { get; set; }

        [Display(Name = "Observation.Women")]
        public string? ValueWomen { get; set; }

        [Display(Name = "Observation.Men")]
        public string? ValueMen { get; set; }

        [Display(Name = "Observation.Comparison")]
        public string? ComparisonValue { get; set; }

        [Display(Name = "Field.ComparisonLabel")]
        public string? ComparisonLabel { get; set; }

        public bool TryParse(
            Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string notANumber, out decimal? value, out decimal? women, out decimal? men,
            out decimal? comparison)
        {
            value = Number(Value, "Observation.Value", state, notANumber);
            women = Number(ValueWomen, "Observation.ValueWomen", state, notANumber);
            men = Number(ValueMen, "Observation.ValueMen", state, notANumber);
            comparison = Number(ComparisonValue, "Observation.ComparisonValue", state, notANumber);
            return state.IsValid;
        }

        private static decimal? Number(string? text, string field, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string notANumber)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (decimal.TryParse(text.Trim().Replace(',', '.').Replace(" ", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            state.AddModelError(field, notANumber);
            return null;
        }
    }
}
