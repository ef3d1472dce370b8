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
    /// <param name="tree">The tree, or a subtree of it.</param>
    /// <param name="rootPath">The path of the parent of the tree's roots.</param>
    /// <param name="depth">The depth of the tree's roots, for the labels' indent.</param>
    public static IReadOnlyList<UnitPlace> From(IReadOnlyList<GetUnitTree.Node> tree, string rootPath = "/", int depth = 0)
    {
        var places = new List<UnitPlace>();
        Walk(tree, depth, rootPath);
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

    /// <summary>The cities and administrations of the tree, in display order: what a cycle or a yearly wheel can be for.</summary>
    public static IReadOnlyList<UnitPlace> Scopes(IReadOnlyList<GetUnitTree.Node> tree) => From(tree).Where(p => p.Kind != UnitKind.Unit).ToList();

    /// <summary>A unit's path from its ancestors, as <see cref="GetUnit"/> answers them.</summary>
    public static string PathOf(GetUnit.Response unit) =>
        "/" + string.Concat(unit.Ancestors.Select(a => a.Id.ToString("N") + "/")) + unit.Unit.Id.ToString("N") + "/";

    /// <summary>
    /// The tops of the parts of a subtree (by its path, <paramref name="scopePath"/>) where the caller holds any of
    /// these permissions (each as <see cref="GovernanceDialogue.Core.Authorization.Authorizer.Subtrees"/> answers: null
    /// is everywhere), none inside another; the whole subtree when one of them holds above it or everywhere. Each comes
    /// with its parent's path and its depth below the subtree's root, as <see cref="From"/> takes them.
    /// </summary>
    public static IReadOnlyList<(Guid Id, string ParentPath, int Depth)> Parts(string scopePath, params IReadOnlyList<string>?[] subtrees)
    {
        var tops = new List<string>();
        if (subtrees.Any(s => s is null || s.Any(p => scopePath.StartsWith(p, StringComparison.Ordinal))))
        {
            tops.Add(scopePath);
        }
        else
        {
            foreach (var path in subtrees.SelectMany(s => s!).Where(p => p.StartsWith(scopePath, StringComparison.Ordinal)).Distinct().OrderBy(p => p.Length))
            {
                if (!tops.Any(top => path.StartsWith(top, StringComparison.Ordinal)))
                {
                    tops.Add(path);
                }
            }
        }

        var scopeDepth = scopePath.Count(c => c == '/');
        return tops.Select(top =>
        {
            var parentPath = top[..(top.TrimEnd('/').LastIndexOf('/') + 1)];
            return (Guid.Parse(top[parentPath.Length..^1]), parentPath, top.Count(c => c == '/') - scopeDepth);
        }).ToList();
    }
}
