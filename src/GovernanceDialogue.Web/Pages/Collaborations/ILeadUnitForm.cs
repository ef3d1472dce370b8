using System.ComponentModel.DataAnnotations;
using GovernanceDialogue.Web.Pages.Shared;

namespace GovernanceDialogue.Web.Pages.Collaborations;

/// <summary>A collaboration form that chooses the lead unit (_LeadUnitField.cshtml): starting one, and revising it.</summary>
public interface ILeadUnitForm
{
    [Display(Name = "Field.LeadUnitId")]
    Guid? LeadUnitId { get; }

    /// <summary>The units the caller may lead a collaboration for.</summary>
    IReadOnlyList<UnitOption> Leads { get; }
}
