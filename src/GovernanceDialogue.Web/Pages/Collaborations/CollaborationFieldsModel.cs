using GovernanceDialogue.Core.Features.Collaborations;
using GovernanceDialogue.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GovernanceDialogue.Web.Pages.Collaborations;

/// <summary>
/// What the shared fields of the new and edit forms need: the input, the units to choose from, the goals to choose
/// from (null on the new form: goals are chosen once the units are known), and the page's errors.
/// </summary>
public sealed record CollaborationFieldsModel(CollaborationInput Input, IReadOnlyList<UnitOption> Units, IReadOnlyList<CollaborationGoalDto>? Goals, ModelStateDictionary ModelState)
{
    public string? Error(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;
}
