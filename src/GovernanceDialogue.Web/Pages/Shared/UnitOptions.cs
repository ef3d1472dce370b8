using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.Units;

namespace GovernanceDialogue.Web.Pages.Shared;

/// <summary>A unit as an option in a select, indented by its depth in the tree.</summary>
public sealed record UnitOption(Guid Id, string Name, string ShortCode, UnitKind Kind, int Depth)
{
    /// <summary>Non-breaking spaces indent the option, since select options cannot be styled.</summary>
    public string Label => new string('\u00A0', Depth * 3) + $"{Name} ({ShortCode})";

    /// <summary>The tree in display order, optionally only the units <paramref name="include"/> accepts.</summary>
    public static IReadOnlyList<UnitOption> From(IReadOnlyList<GetUnitTree.Node> tree, Func<GetUnitTree.Node, bool>? include = null, Func<GetUnitTree.Node, bool>? descend = null)
    {
        var options = new List<UnitOption>();
        Walk(tree, 0);
        return options;

        void Walk(IReadOnlyList<GetUnitTree.Node> nodes, int depth)
        {
            foreach (var node in nodes)
            {
                if (descend is not null && !descend(node))
                {
                    continue;
                }

                if (include is null || include(node))
                {
                    options.Add(new UnitOption(node.Id, node.Name, node.ShortCode, node.Kind, depth));
                }

                Walk(node.Children, depth + 1);
            }
        }
    }
}
