using System.ComponentModel.DataAnnotations;

namespace GovernanceDialogue.Web.Pages.Units;

/// <summary>The editable fields of a unit, shared by the create and edit forms.</summary>
public sealed class UnitInput
{
    [Display(Name = "Field.Name")]
    public string? Name { get; set; }

    [Display(Name = "Field.ShortCode")]
    public string? ShortCode { get; set; }

    [Display(Name = "Field.ExternalId")]
    public string? ExternalId { get; set; }

    [Display(Name = "Field.ValidFrom")]
    [DataType(DataType.Date)]
    public DateOnly? ValidFrom { get; set; }
}
