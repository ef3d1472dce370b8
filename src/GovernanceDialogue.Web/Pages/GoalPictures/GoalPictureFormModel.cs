using GovernanceDialogue.Core.Features.GoalPictures;

namespace GovernanceDialogue.Web.Pages.GoalPictures;

/// <summary>What the goal picture form partial shows: the input, and the city themes an administration's themes may serve.</summary>
public sealed record GoalPictureFormModel(GoalPictureInput Input, IReadOnlyList<ThemeDto> CityThemes);
