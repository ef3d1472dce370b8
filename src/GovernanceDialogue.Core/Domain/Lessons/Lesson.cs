using GovernanceDialogue.Core.Common.Errors;

namespace GovernanceDialogue.Core.Domain.Lessons;

/// <summary>Who may read a shared lesson (a draft is only ever for the unit's managers and the executives above it).</summary>
public enum LessonVisibility
{
    /// <summary>The unit's managers and the executives above it, like dialogue notes.</summary>
    UnitAndLeadership,

    /// <summary>Everyone signed in.</summary>
    Organisation,

    /// <summary>Everyone, without signing in.</summary>
    Public,
}

public enum LessonStatus
{
    Draft,
    Shared,
}

/// <summary>The texts of a lesson as a request or a dialogue answer gives them.</summary>
public sealed record LessonContent(
    string Title, string? Context, string? WhatWeTried, string? WhatHappened, string? WhatWeLearned, IReadOnlyList<string> Tags,
    LessonVisibility Visibility, bool IsFailure);

/// <summary>
/// Lärdom — what a unit learned, often from something that did not work: written as a draft by the unit's manager or
/// the leadership above it, then shared at its visibility. A failure worth sharing can be nominated for Årets misslyckande.
/// </summary>
public sealed class Lesson
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 8000;
    public const int TagMaxLength = 50;
    public const int MaxTags = 20;

    private Lesson()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The owning unit.</summary>
    public Guid UnitId { get; private set; }

    public Guid? GoalId { get; private set; }

    public Guid? DialogueId { get; private set; }

    /// <summary>The collaboration (samverkan) the lesson came from; one the unit takes part in.</summary>
    public Guid? CollaborationId { get; private set; }

    public string Title { get; private set; } = "";

    public string? Context { get; private set; }

    public string? WhatWeTried { get; private set; }

    public string? WhatHappened { get; private set; }

    public string? WhatWeLearned { get; private set; }

    public List<string> Tags { get; private set; } = [];

    public LessonVisibility Visibility { get; private set; }

    /// <summary>A failure worth sharing: it may be nominated for the failure of the year.</summary>
    public bool IsFailure { get; private set; }

    public LessonStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset? UpdatedAt { get; private set; }

    public string? UpdatedBy { get; private set; }

    public DateTimeOffset? SharedAt { get; private set; }

    public string? SharedBy { get; private set; }

    public uint Version { get; private set; }

    public static Lesson Draft(Guid id, Guid unitId, Guid? goalId, Guid? dialogueId, Guid? collaborationId, LessonContent content, DateTimeOffset now, string by)
    {
        var lesson = new Lesson
        {
            Id = id,
            UnitId = unitId,
            GoalId = goalId,
            DialogueId = dialogueId,
            CollaborationId = collaborationId,
            Status = LessonStatus.Draft,
            CreatedAt = now,
            CreatedBy = by,
        };
        lesson.Apply(content);
        return lesson;
    }

    public void Revise(LessonContent content, Guid? goalId, Guid? collaborationId, DateTimeOffset now, string by)
    {
        Apply(content);
        GoalId = goalId;
        CollaborationId = collaborationId;
        UpdatedAt = now;
        UpdatedBy = by;
    }

    /// <summary>Makes the lesson visible at its visibility.</summary>
    public void Share(DateTimeOffset now, string by)
    {
        if (Status == LessonStatus.Shared)
        {
            throw new DomainRuleException(DomainRules.LessonAlreadyShared, "The lesson is already shared.");
        }

        Status = LessonStatus.Shared;
        SharedAt = now;
        SharedBy = by;
    }

    /// <summary>Only a shared lesson flagged as a failure worth sharing can be nominated.</summary>
    public void EnsureNominable()
    {
        if (Status != LessonStatus.Shared || !IsFailure)
        {
            throw new DomainRuleException(DomainRules.LessonNotNominable, "Only a shared lesson flagged as a failure worth sharing can be nominated.");
        }
    }

    private void Apply(LessonContent content)
    {
        Title = content.Title.Trim();
        Context = Clean(content.Context);
        WhatWeTried = Clean(content.WhatWeTried);
        WhatHappened = Clean(content.WhatHappened);
        WhatWeLearned = Clean(content.WhatWeLearned);
        Tags = content.Tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToList();
        Visibility = content.Visibility;
        IsFailure = content.IsFailure;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Nominering — someone in the organisation proposes a shared failure for the year's award, saying why.</summary>
public sealed class FailureNomination
{
    public const int MotivationMaxLength = 4000;

    private FailureNomination()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The city of the lesson's unit: each city has its own award.</summary>
    public Guid CityId { get; private set; }

    public int Year { get; private set; }

    public Guid LessonId { get; private set; }

    /// <summary>The user who nominated (one nomination per person, lesson and year).</summary>
    public Guid NominatorId { get; private set; }

    public string NominatedBy { get; private set; } = "";

    public string Motivation { get; private set; } = "";

    public DateTimeOffset NominatedAt { get; private set; }

    public bool Shortlisted { get; private set; }

    public DateTimeOffset? ShortlistedAt { get; private set; }

    public string? ShortlistedBy { get; private set; }

    public static FailureNomination Make(Guid id, Guid cityId, int year, Lesson lesson, Guid nominatorId, string by, string motivation, DateTimeOffset now)
    {
        lesson.EnsureNominable();
        return new() { Id = id, CityId = cityId, Year = year, LessonId = lesson.Id, NominatorId = nominatorId, NominatedBy = by, Motivation = motivation.Trim(), NominatedAt = now };
    }

    public void Shortlist(DateTimeOffset now, string by)
    {
        Shortlisted = true;
        ShortlistedAt = now;
        ShortlistedBy = by;
    }
}

/// <summary>Årets misslyckande — a city's yearly award to the failure it most wants to learn from: one winner per city and year.</summary>
public sealed class FailureAward
{
    private FailureAward()
    {
    }

    public Guid Id { get; private set; }

    public Guid CityId { get; private set; }

    public int Year { get; private set; }

    public Guid LessonId { get; private set; }

    public Guid NominationId { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    public string DecidedBy { get; private set; } = "";

    public static FailureAward Decide(Guid id, FailureNomination nomination, DateTimeOffset now, string by)
    {
        if (!nomination.Shortlisted)
        {
            throw new DomainRuleException(DomainRules.AwardNotShortlisted, "The winner is chosen from the shortlist: shortlist the nomination first.");
        }

        return new() { Id = id, CityId = nomination.CityId, Year = nomination.Year, LessonId = nomination.LessonId, NominationId = nomination.Id, DecidedAt = now, DecidedBy = by };
    }
}
