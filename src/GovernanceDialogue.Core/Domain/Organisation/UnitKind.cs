namespace GovernanceDialogue.Core.Domain.Organisation;

/// <summary>The three levels of a municipal organisation.</summary>
public enum UnitKind
{
    /// <summary>Stad / kommun: the root of a tree.</summary>
    City,

    /// <summary>Förvaltning: an administration directly under the city.</summary>
    Administration,

    /// <summary>Enhet: an operational unit under an administration or another unit.</summary>
    Unit,
}
