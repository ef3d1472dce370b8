using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Features.Analyses;
using GovernanceDialogue.Core.Features.GoalPictures;
using Mediator;

namespace GovernanceDialogue.Web.Pages.Units.Goals;

/// <summary>What the goal forms choose from: the unit's themes, and the period's analysis with its evidence.</summary>
internal static class GoalPageData
{
    public static async Task<(IReadOnlyList<ThemeDto> Themes, AnalysisDto? Analysis)> LoadAsync(ISender sender, Guid unitId, int period, bool canReadAnalyses, CancellationToken cancellationToken)
    {
        var themes = await sender.Send(new ListThemesForUnit.Query(unitId), cancellationToken);
        if (!canReadAnalyses)
        {
            return (themes, null);
        }

        var summary = (await sender.Send(new ListAnalyses.Query(unitId), cancellationToken)).FirstOrDefault(a => a.Period == period);
        try
        {
            return (themes, summary is null ? null : (await sender.Send(new GetAnalysis.Query(unitId, summary.Id), cancellationToken)).Analysis);
        }
        catch (NotFoundException)
        {
            return (themes, null);
        }
    }
}
