using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Web.Pages.Shared;
using Mediator;

namespace GovernanceDialogue.Web.Pages.Collaborations;

/// <summary>The units a collaboration form offers: every unit to take part, and those the caller may lead it for.</summary>
public sealed record CollaborationUnitOptions(IReadOnlyList<UnitOption> Units, IReadOnlyList<UnitOption> Leads)
{
    /// <summary>The tree once; 403 when the caller may lead a collaboration nowhere.</summary>
    public static async Task<CollaborationUnitOptions> LoadAsync(ISender sender, Authorizer authorizer, CancellationToken cancellationToken)
    {
        var places = UnitPlace.From(await sender.Send(new GetUnitTree.Query(), cancellationToken));
        var leads = places.Where(p => authorizer.Can(Permission.EditCollaborations, p.Path)).Select(p => p.Id).ToHashSet();
        if (leads.Count == 0)
        {
            throw new ForbiddenException(nameof(Permission.EditCollaborations));
        }

        var units = places.Select(p => new UnitOption(p.Id, p.Name, p.ShortCode, p.Kind, p.Depth)).ToList();
        return new CollaborationUnitOptions(units, units.Where(u => leads.Contains(u.Id)).ToList());
    }

    /// <summary>The lead unit always takes part: a form adds it rather than making people pick it twice.</summary>
    public static List<Guid> WithLead(List<Guid> unitIds, Guid? leadUnitId) =>
        leadUnitId is { } lead && !unitIds.Contains(lead) ? [lead, .. unitIds] : unitIds;
}
