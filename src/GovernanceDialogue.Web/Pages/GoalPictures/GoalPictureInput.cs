using System.ComponentModel.DataAnnotations;
using GovernanceDialogue.Core.Domain.GoalPictures;
using GovernanceDialogue.Core.Features.GoalPictures;

namespace GovernanceDialogue.Web.Pages.GoalPictures;

/// <summary>The goal picture form: vision, narrative and up to seven theme slots (empty slots are left out).</summary>
public sealed class GoalPictureInput
{
    [Display(Name = "Field.Vision")]
    public string? Vision { get; set; }

    [Display(Name = "Field.Narrative")]
    public string? Narrative { get; set; }

    public List<ThemeSlot> Themes { get; set; } = [];

    public static GoalPictureInput From(GoalPictureDto? picture) => new()
    {
        Vision = picture?.Vision,
        Narrative = picture?.Narrative,
        Themes = Slots(picture?.Themes.Select(t => new ThemeSlot { Id = t.Id, Name = t.Name, Description = t.Description, CityThemeId = t.CityThemeId }) ?? []),
    };

    public IReadOnlyList<ThemeInput> ToThemes() =>
        Themes.Where(t => !string.IsNullOrWhiteSpace(t.Name) || !string.IsNullOrWhiteSpace(t.Description))
            .Select(t => new ThemeInput(t.Id, t.Name ?? "", t.Description ?? "", t.CityThemeId))
            .ToList();

    public void Pad() => Themes = Slots(Themes);

    private static List<ThemeSlot> Slots(IEnumerable<ThemeSlot> filled)
    {
        var slots = filled.Take(GoalPicture.MaxThemes).ToList();
        while (slots.Count < GoalPicture.MaxThemes)
        {
            slots.Add(new ThemeSlot());
        }

        return slots;
    }

    public sealed class ThemeSlot
    {
        public Guid? Id { get; set; }

        [Display(Name = "Field.ThemeName")]
        public string? Name { get; set; }

        [Display(Name = "Field.ThemeDescription")]
        public string? Description { get; set; }

        [Display(Name = "Field.CityThemeId")]
        public Guid? CityThemeId { get; set; }
    }
}
