using System.ComponentModel.DataAnnotations;
using GovernanceDialogue.Core.Features.Analyses;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Goals;

namespace GovernanceDialogue.Web.Pages.Units.Goals;

/// <summary>The fields of a goal, shared by the add and the edit forms.</summary>
public sealed class GoalInput
{
    [Display(Name = "Field.GoalTitle")]
    public string? Title { get; set; }

    [Display(Name = "Field.Why")]
    public string? Why { get; set; }

    [Display(Name = "Field.Owner")]
    public string? Owner { get; set; }

    [Display(Name = "Field.HowWeWillKnow")]
    public string? HowWeWillKnow { get; set; }

    public List<Guid> ThemeIds { get; set; } = [];

    public List<Guid> EvidenceIds { get; set; } = [];

    public Guid? AnalysisId { get; set; }

    public static GoalInput From(GoalDto goal) => new()
    {
        Title = goal.Title,
        Why = goal.Why,
        Owner = goal.Owner,
        HowWeWillKnow = goal.HowWeWillKnow,
        ThemeIds = [.. goal.ThemeIds],
        EvidenceIds = [.. goal.EvidenceIds],
        AnalysisId = goal.AnalysisId,
    };
}

/// <summary>What the goal fields partial shows: the input, the themes to choose from and the evidence of the period's analysis.</summary>
public sealed record GoalFieldsModel(GoalInput Input, IReadOnlyList<ThemeDto> Themes, AnalysisDto? Analysis);
