using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace GovernanceDialogue.Core.Persistence;

/// <summary>
/// The line of a unit: the ids on its materialised path (<c>/id/id/…/</c>, the root first, the unit itself last). In a
/// query, <c>UnitLine.Holds(u.Path, a.Id)</c> finds the units above <c>u</c> through the primary key in the same statement
/// (<c>a.id = ANY (CAST(string_to_array(btrim(u.path, '/'), '/') AS uuid[]))</c>), where comparing the path with every
/// unit's would read them all.
/// </summary>
public static class UnitLine
{
    /// <summary>The ids on <paramref name="path"/>, the root first.</summary>
    public static Guid[] Ids(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToArray();

    /// <summary>Whether the unit <paramref name="unitId"/> is on <paramref name="path"/> (above the path's unit, or that unit).</summary>
    public static bool Holds(string path, Guid unitId) => Ids(path).Contains(unitId);

    /// <summary>Maps <see cref="Holds"/> to SQL (PostgreSQL reads a uuid written without hyphens, as the path holds it).</summary>
    internal static void Map(ModelBuilder builder, IRelationalTypeMappingSource mappings)
    {
        var text = mappings.FindMapping(typeof(string))!;
        var slash = new SqlConstantExpression("/", text);
        builder.HasDbFunction(typeof(UnitLine).GetMethod(nameof(Holds))!)
            .HasTranslation(arguments => new SqlBinaryExpression(
                ExpressionType.Equal,
                arguments[1],
                new SqlFunctionExpression(
                    "ANY",
                    [
                        new SqlUnaryExpression(
                            ExpressionType.Convert,
                            new SqlFunctionExpression(
                                "string_to_array",
                                [new SqlFunctionExpression("btrim", [arguments[0], slash], nullable: true, [true, false], typeof(string), text), slash],
                                nullable: true,
                                [true, false],
                                typeof(string[]),
                                mappings.FindMapping(typeof(string[]))),
                            typeof(Guid[]),
                            mappings.FindMapping(typeof(Guid[]))),
                    ],
                    nullable: true,
                    [true],
                    typeof(Guid),
                    mappings.FindMapping(typeof(Guid))),
                typeof(bool),
                mappings.FindMapping(typeof(bool))));
    }
}
