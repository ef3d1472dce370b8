namespace GovernanceDialogue.Core.Domain.Identity;

/// <summary>
/// What a person (or system) does in the city's governance. A role is held for an organisation unit and applies to
/// its whole subtree, except Administrator, which is global. What each role may do is decided in one place:
/// <see cref="Authorization.PermissionMatrix"/>.
/// </summary>
public enum Role
{
    /// <summary>Systemadministratör: users, roles, tokens, configuration. Reads no dialogue notes by this role alone.</summary>
    Administrator,

    /// <summary>Stadsdirektör / förvaltningschef: leads the units below, curates and publishes.</summary>
    Executive,

    /// <summary>Enhetschef: keeps the unit's mission, analysis and goals; prepares dialogues.</summary>
    UnitManager,

    /// <summary>Förtroendevald: reads published material.</summary>
    Politician,

    /// <summary>A city system using the API with a token (never a person's role assignment).</summary>
    Integrator,
}
