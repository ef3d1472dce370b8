using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.Units;

namespace GovernanceDialogue.Web.Pages.Shared;

/// <summary>A unit of the tree with its materialised path, so a page can ask the authoriser about it without a query per unit.</summary>
public sealed record UnitPlace(Guid Id, string Name, string ShortCode, UnitKind Kind, int Depth, string Path, bool HasChildren)
{
    /// <summary>Non-breaking spaces indent the option, since select options cannot be styled.</summary>
    public string Label => new string('\u00A0', Depth * 3) + $"{Name} ({ShortCode})";

    /// <summary>
    /// The tree flattened in display order. The path is built as the organisation tree stores it (each ancestor's id,
    /// "N" format, between slashes); a subtree's paths start at its root's path when <paramref name="rootPath"/> is given.
    /// </summary>
    public static IReadOnlyList<UnitPlace> From(IReadOnlyList<GetUnitTree.Node> tree, string rootPath = "/")
    {
        var places = new List<UnitPlace>();
        Walk(tree, 0, rootPath);
        return places;

        void Walk(IReadOnlyList<GetUnitTree.Node> nodes, int depth, string parentPath)
        {
            foreach (var node in nodes)
            {
                var path = parentPath + node.Id.ToString("N") + "/";
                places.Add(new UnitPlace(node.Id, node.Name, node.ShortCode, node.Kind, depth, path, node.Children.Count > 0));
                Walk(node.Children, depth + 1, path);
            }
        }
    }
}
