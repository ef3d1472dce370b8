using GovernanceDialogue.Core.Common.Errors;

namespace GovernanceDialogue.Core.Domain.GoalPictures;

/// <summary>Where a goal picture is in its life.</summary>
public enum GoalPictureStatus
{
    Draft,
    Adopted,
    Published,
    Superseded,
}

/// <summary>
/// Målbild — the engaging shared picture of the future for a city (or an administration): a vision, a narrative and
/// a few themes (fokusområden). Each row is one version of the scope's goal picture: drafted, adopted by a decision
/// (date and reference, e.g. "KF 2026-03-15 § 42"), then published for everyone. Adopting a new one supersedes the
/// old, so exactly one is current per scope.
/// </summary>
public sealed class GoalPicture
{
    public const int VisionMaxLength = 500;
    public const int NarrativeMaxLength = 4000;
    public const int DecisionReferenceMaxLength = 200;
    public const int MinThemes = 3;
    public const int MaxThemes = 7;

    private GoalPicture()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The city or administration the goal picture is for.</summary>
    public Guid UnitId { get; private set; }

    /// <summary>1, 2, 3 … per scope.</summary>
    public int Number { get; private set; }

    public GoalPictureStatus Status { get; private set; }

    public string Vision { get; private set; } = "";

    public string Narrative { get; private set; } = "";

    public List<Theme> Themes { get; private set; } = [];

    public DateOnly? DecisionDate { get; private set; }

    public string? DecisionReference { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// When the content (vision, narrative, themes) was last written. The themes live in their own table, so an edit of
    /// the themes alone would leave this row, and so its version (the ETag), untouched: writing this on every edit makes
    /// every edit a new version, and a second edit made with the old ETag is refused.
    /// </summary>
    public DateTimeOffset ChangedAt { get; private set; }

    public DateTimeOffset? AdoptedAt { get; private set; }

    public string? AdoptedBy { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    public DateTimeOffset? SupersededAt { get; private set; }

    public uint Version { get; private set; }

    public bool IsCurrent => Status is GoalPictureStatus.Adopted or GoalPictureStatus.Published;

    public static GoalPicture Draft(Guid id, Guid unitId, int number, string vision, string narrative, IEnumerable<Theme> themes, DateTimeOffset now)
    {
        var picture = new GoalPicture { Id = id, UnitId = unitId, Number = number, Status = GoalPictureStatus.Draft, CreatedAt = now };
        picture.SetContent(vision, narrative, themes, now);
        return picture;
    }

    public void Edit(string vision, string narrative, IEnumerable<Theme> themes, DateTimeOffset now)
    {
        EnsureDraft();
        SetContent(vision, narrative, themes, now);
    }

    /// <summary>
    /// Adopts the draft. When the scope already has a current goal picture, the caller must name it
    /// (<paramref name="replacesId"/>): adopting never silently replaces what the council decided before.
    /// </summary>
    public void Adopt(DateOnly decisionDate, string decisionReference, GoalPicture? current, Guid? replacesId, DateTimeOffset now, string by)
    {
        EnsureDraft();
        if (current is not null && current.Id != replacesId)
        {
            throw new DomainRuleException(
                DomainRules.GoalPictureAlreadyAdopted,
                $"Goal picture {current.Number} is adopted for this scope; adopt with replacesId {current.Id} to replace it.");
        }

        current?.Supersede(now);
        Status = GoalPictureStatus.Adopted;
        DecisionDate = decisionDate;
        DecisionReference = decisionReference.Trim();
        AdoptedAt = now;
        AdoptedBy = by;
    }

    public void Publish(DateTimeOffset now, string by)
    {
        if (Status != GoalPictureStatus.Adopted)
        {
            throw new DomainRuleException(DomainRules.GoalPictureNotAdopted, $"Goal picture {Number} is {Status}; only the adopted one can be published.");
        }

        Status = GoalPictureStatus.Published;
        PublishedAt = now;
        PublishedBy = by;
    }

    private void Supersede(DateTimeOffset now)
    {
        Status = GoalPictureStatus.Superseded;
        SupersededAt = now;
    }

    private void EnsureDraft()
    {
        if (Status != GoalPictureStatus.Draft)
        {
            throw new DomainRuleException(DomainRules.GoalPictureNotDraft, $"Goal picture {Number} is {Status}.");
        }
    }

    private void SetContent(string vision, string narrative, IEnumerable<Theme> themes, DateTimeOffset now)
    {
        var list = themes.ToList();
        if (list.Count is < MinThemes or > MaxThemes)
        {
            throw new ArgumentException($"A goal picture has {MinThemes}–{MaxThemes} themes.", nameof(themes));
        }

        Vision = vision.Trim();
        Narrative = narrative.Trim();
        Themes = list.Select((t, i) => t with { Position = i + 1 }).ToList();
        ChangedAt = now;
    }
}

/// <summary>
/// Fokusområde — a theme of a goal picture. Its id stays the same from version to version of the goal picture, so
/// goals linked to it stay linked. An administration's theme names the city theme it serves.
/// </summary>
public sealed record Theme(Guid Id, string Name, string Description, Guid? CityThemeId, int Position = 0)
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 1000;
}
