using System.ComponentModel.DataAnnotations;

namespace GovernanceDialogue.Web.Pages.Admin.Webhooks;

/// <summary>The webhook form's fields (create and edit).</summary>
public sealed class WebhookInput
{
    [Display(Name = "Field.Name")]
    public string? Name { get; set; }

    [Display(Name = "Field.UnitId")]
    public Guid? UnitId { get; set; }

    [Display(Name = "Webhooks.TargetUrl")]
    public string? TargetUrl { get; set; }

    [Display(Name = "Webhooks.Events")]
    public List<string> Events { get; set; } = [];

    [Display(Name = "Webhooks.Secret")]
    public string? Secret { get; set; }

    [Display(Name = "Webhooks.Active")]
    public bool IsActive { get; set; } = true;

    [Display(Name = "Webhooks.NewSecret")]
    public bool NewSecret { get; set; }
}
