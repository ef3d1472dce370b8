using System.ComponentModel.DataAnnotations;
using GovernanceDialogue.Core.Domain.Collaborations;
using GovernanceDialogue.Core.Features.Collaborations;

namespace GovernanceDialogue.Web.Pages.Collaborations;

/// <summary>The fields of a collaboration as its new and edit forms post them (blank partner rows are left out).</summary>
public sealed class CollaborationInput
{
    public const int PartnerRows = 3;

    [Display(Name = "Field.Name")]
    public string? Name { get; set; }

    [Display(Name = "Field.Purpose")]
    public string? Purpose { get; set; }

    [Display(Name = "Field.UnitIds")]
    public List<Guid> UnitIds { get; set; } = [];

    [Display(Name = "Field.Partners")]
    public List<PartnerRow> Partners { get; set; } = [];

    [Display(Name = "Field.GoalIds")]
    public List<Guid> GoalIds { get; set; } = [];

    [Display(Name = "Field.StartedOn")]
    [DataType(DataType.Date)]
    public DateOnly? StartedOn { get; set; }

    [Display(Name = "Field.EndedOn")]
    [DataType(DataType.Date)]
    public DateOnly? EndedOn { get; set; }

    public List<PartnerInput> PartnerInputs() =>
        Partners.Where(p => !p.IsBlank).Select(p => new PartnerInput(p.Name ?? "", p.Sector)).ToList();

    /// <summary>Keeps the filled partner rows and adds blank ones to type in.</summary>
    public CollaborationInput Pad()
    {
        Partners = Partners.Where(p => !p.IsBlank).ToList();
        Partners.AddRange(Enumerable.Range(0, PartnerRows).Select(_ => new PartnerRow()));
        return this;
    }

    /// <summary>
    /// A command's validation errors as the form shows them: the collaboration's fields sit under <c>Input</c>, the
    /// page's own fields (<paramref name="besideInput"/>, e.g. the lead unit) beside it.
    /// </summary>
    public static Exception Errors(Exception exception, params string[] besideInput) => exception is FluentValidation.ValidationException validation
        ? new FluentValidation.ValidationException(validation.Errors.Select(e => new FluentValidation.Results.ValidationFailure(
            besideInput.Contains(e.PropertyName) ? e.PropertyName : "Input." + e.PropertyName, e.ErrorMessage)))
        : exception;

    public static CollaborationInput From(CollaborationDto c) => new CollaborationInput
    {
        Name = c.Name,
        Purpose = c.Purpose,
        UnitIds = c.Units.Select(u => u.Id).ToList(),
        Partners = c.Partners.Select(p => new PartnerRow { Name = p.Name, Sector = p.Sector }).ToList(),
        GoalIds = c.Goals.Select(g => g.Id).ToList(),
        StartedOn = c.StartedOn,
        EndedOn = c.EndedOn,
    }.Pad();

    public sealed class PartnerRow
    {
        [Display(Name = "Field.PartnerName")]
        public string? Name { get; set; }

        [Display(Name = "Field.Sector")]
        public PartnerSector? Sector { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Name) && Sector is null;
    }
}
