using GovernanceDialogue.Core.Common.Errors;

namespace GovernanceDialogue.Core.Domain.Organisation;

/// <summary>
/// Organisationsenhet — a node of the organisation tree: the city (stad), an administration (förvaltning) or a
/// unit (enhet). Units are closed with a valid-to date rather than deleted once they have history.
/// </summary>
public sealed class OrganisationUnit
{
    public const int NameMaxLength = 200;
    public const int ShortCodeMaxLength = 20;
    public const string ShortCodePattern = @"^[\p{L}\p{N}][\p{L}\p{N}_-]*$";
    public const int ExternalIdMaxLength = 100;

    private OrganisationUnit()
    {
    }

    public Guid Id { get; private set; }

    public UnitKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    public string ShortCode { get; private set; } = "";

    public Guid? ParentId { get; private set; }

    /// <summary>
    /// The ids from the root down to this unit, as <c>/id/id/id/</c>: a subtree is every unit whose path starts with
    /// this one, which one indexed LIKE answers without recursion.
    /// </summary>
    public string Path { get; private set; } = "";

    public string? ExternalId { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    /// <summary>Concurrency token (PostgreSQL <c>xmin</c>); the ETag of the unit.</summary>
    public uint Version { get; private set; }

    public static OrganisationUnit Create(
        Guid id, UnitKind kind, string name, string shortCode, OrganisationUnit? parent, string? externalId, DateOnly validFrom)
    {
        EnsureParentAccepts(kind, parent);
        if (parent is not null && !parent.IsActiveOn(validFrom))
        {
            throw new DomainRuleException(DomainRules.UnitClosed, $"The parent unit '{parent.Name}' is closed.");
        }

        return new OrganisationUnit
        {
            Id = id,
            Kind = kind,
            Name = name.Trim(),
            ShortCode = NormaliseCode(shortCode),
            ParentId = parent?.Id,
            Path = (parent?.Path ?? "/") + id.ToString("N") + "/",
            ExternalId = Normalise(externalId),
            ValidFrom = validFrom,
        };
    }

    /// <summary>Whether a unit of <paramref name="kind"/> may sit directly under a unit of <paramref name="parentKind"/>.</summary>
    public static bool CanBeChildOf(UnitKind kind, UnitKind? parentKind) => (kind, parentKind) switch
    {
        (UnitKind.City, null) => true,
        (UnitKind.Administration, UnitKind.City) => true,
        (UnitKind.Unit, UnitKind.Administration or UnitKind.Unit) => true,
        _ => false,
    };

    public bool IsActiveOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || ValidTo > day);

    /// <summary>Refuses changes to a unit that has closed: its record is history.</summary>
    public void EnsureNotClosed(DateOnly today)
    {
        if (ValidTo is { } to && to <= today)
        {
            throw new DomainRuleException(DomainRules.UnitClosed, $"'{Name}' closed on {to:yyyy-MM-dd}; its record can no longer change.");
        }
    }

    /// <summary>True when <paramref name="other"/> is this unit or lies anywhere below it.</summary>
    public bool Contains(OrganisationUnit other) => other.Path.StartsWith(Path, StringComparison.Ordinal);

    public void Update(string name, string shortCode, string? externalId, DateOnly validFrom)
    {
        if (ValidTo is { } to && to < validFrom)
        {
            throw new DomainRuleException(DomainRules.UnitInvalidValidity, "The valid-from date would fall after the valid-to date.");
        }

        Name = name.Trim();
        ShortCode = NormaliseCode(shortCode);
        ExternalId = Normalise(externalId);
        ValidFrom = validFrom;
    }

    /// <summary>
    /// Moves the unit under <paramref name="newParent"/> and returns the old path, so the caller can rewrite the paths
    /// of every descendant in one statement.
    /// </summary>
    public string MoveUnder(OrganisationUnit newParent, DateOnly today)
    {
        if (newParent.Id == Id || Contains(newParent))
        {
            throw new DomainRuleException(
                DomainRules.UnitMoveCycle, $"'{Name}' cannot be moved under itself or under one of its own descendants.");
        }

        EnsureParentAccepts(Kind, newParent);
        if (!IsActiveOn(today))
        {
            throw new DomainRuleException(DomainRules.UnitClosed, $"'{Name}' is closed and cannot be moved.");
        }

        if (!newParent.IsActiveOn(today))
        {
            throw new DomainRuleException(DomainRules.UnitClosed, $"The new parent '{newParent.Name}' is closed.");
        }

        var oldPath = Path;
        ParentId = newParent.Id;
        Path = newParent.Path + Id.ToString("N") + "/";
        return oldPath;
    }

    public void Close(DateOnly validTo, bool hasChildrenActiveAfter)
    {
        if (ValidTo is not null)
        {
            throw new DomainRuleException(DomainRules.UnitClosed, $"'{Name}' is already closed (valid to {ValidTo:yyyy-MM-dd}).");
        }

        if (validTo < ValidFrom)
        {
            throw new DomainRuleException(DomainRules.UnitInvalidValidity, "The valid-to date must not be earlier than the valid-from date.");
        }

        if (hasChildrenActiveAfter)
        {
            throw new DomainRuleException(
                DomainRules.UnitHasActiveChildren, $"'{Name}' still has active child units; close or move them first.");
        }

        ValidTo = validTo;
    }

    private static void EnsureParentAccepts(UnitKind kind, OrganisationUnit? parent)
    {
        if (!CanBeChildOf(kind, parent?.Kind))
        {
            var message = parent is null
                ? $"A unit of kind {kind} needs a parent."
                : $"A unit of kind {kind} cannot be placed under a unit of kind {parent.Kind}.";
            throw new DomainRuleException(DomainRules.UnitInvalidParent, message);
        }
    }

    /// <summary>Short codes compare without regard to case; they are stored in upper case.</summary>
    public static string NormaliseCode(string shortCode) => shortCode.Trim().ToUpperInvariant();

    private static string? Normalise(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
