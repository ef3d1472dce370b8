using System.ComponentModel.DataAnnotations;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Features.Collaborations;
using GovernanceDialogue.Core.Features.Goals;
using GovernanceDialogue.Core.Features.Lessons;
using Mediator;

namespace GovernanceDialogue.Web.Pages.Lessons;

/// <summary>
/// The lesson form: the texts, the tags typed as one comma-separated line, who may read it once shared, the failure
/// flag, and optionally one of the unit's goals and a collaboration it takes part in. The commands check everything; this only carries the fields.
/// </summary>
public sealed class LessonInput
{
    [Display(Name = "Field.Title")]
    public string? Title { get; set; }

    [Display(Name = "Field.Context")]
    public string? Context { get; set; }

    [Display(Name = "Field.WhatWeTried")]
    public string? WhatWeTried { get; set; }

    [Display(Name = "Field.WhatHappened")]
    public string? WhatHappened { get; set; }

    [Display(Name = "Field.WhatWeLearned")]
    public string? WhatWeLearned { get; set; }

    [Display(Name = "Field.Tags")]
    public string? Tags { get; set; }

    [Display(Name = "Field.Visibility")]
    public LessonVisibility? Visibility { get; set; }

    [Display(Name = "Field.IsFailure")]
    public bool IsFailure { get; set; }

    [Display(Name = "Field.GoalId")]
    public Guid? GoalId { get; set; }

    [Display(Name = "Field.CollaborationId")]
    public Guid? CollaborationId { get; set; }

    /// <summary>The tags as the commands take them: split at commas, blanks left out (the lesson trims and lowercases them).</summary>
    public IReadOnlyList<string> TagList => [.. (Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    public static LessonInput From(LessonDto lesson) => new()
    {
        Title = lesson.Title,
        Context = lesson.Context,
        WhatWeTried = lesson.WhatWeTried,
        WhatHappened = lesson.WhatHappened,
        WhatWeLearned = lesson.WhatWeLearned,
        Tags = string.Join(", ", lesson.Tags),
        Visibility = lesson.Visibility,
        IsFailure = lesson.IsFailure,
        GoalId = lesson.GoalId,
        CollaborationId = lesson.CollaborationId,
    };

    public CreateLesson.Command ToCreate(Guid? unitId) =>
        new(unitId, GoalId, Title ?? "", Context, WhatWeTried, WhatHappened, WhatWeLearned, TagList, Visibility, IsFailure, CollaborationId);

    public UpdateLesson.Command ToUpdate(Guid id, uint version) =>
        new(id, version, GoalId, Title ?? "", Context, WhatWeTried, WhatHappened, WhatWeLearned, TagList, Visibility, IsFailure, CollaborationId);

    /// <summary>The lesson as it is, with only the failure flag or the visibility changed (the quick forms of the lesson page).</summary>
    public static UpdateLesson.Command Revision(LessonDto lesson, uint version, LessonVisibility? visibility = null, bool? isFailure = null) =>
        new(lesson.Id, version, lesson.GoalId, lesson.Title, lesson.Context, lesson.WhatWeTried, lesson.WhatHappened, lesson.WhatWeLearned, lesson.Tags,
            visibility ?? lesson.Visibility, isFailure ?? lesson.IsFailure, lesson.CollaborationId);
}

/// <summary>What a unit's lesson may be about: its goals, and the collaborations it takes part in (ended ones too).</summary>
public sealed record LessonOptions(IReadOnlyList<GoalDto> Goals, IReadOnlyList<CollaborationSummaryDto> Collaborations)
{
    public static readonly LessonOptions None = new([], []);

    public static async Task<LessonOptions> LoadAsync(ISender sender, Guid unitId, CancellationToken cancellationToken)
    {
        var goals = (await sender.Send(new ListGoals.Query(unitId), cancellationToken)).Goals;
        var collaborations = await sender.Send(new ListCollaborations.Query(unitId, PageSize: Paging.MaxPageSize), cancellationToken);
        return new(goals, [.. collaborations.Items.Where(c => c.Units.Any(u => u.Id == unitId))]);
    }
}

/// <summary>What the lesson form partial shows: the input, and what the unit's lesson may be about.</summary>
public sealed record LessonFormModel(LessonInput Input, LessonOptions Options);

/// <summary>The visibility radio buttons (on the lesson form and the lesson page's share form), with the choice to show checked.</summary>
public sealed record VisibilityChoice(LessonVisibility? Selected);
