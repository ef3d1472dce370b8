using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.GoalPictures;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.GoalPictures;

/// <summary>
/// Who sees which goal pictures: everyone the published ones (also when later superseded), everyone signed in the
/// adopted ones, and the executives of a scope its draft.
/// </summary>
internal static class GoalPictureVisibility
{
    public static IQueryable<GoalPicture> VisibleTo(this IQueryable<GoalPicture> pictures, Authorizer authorizer, AppDbContext db)
    {
        var signedIn = authorizer.Can(Permission.ReadOwnAccount, null);
        var patterns = Subtrees.Patterns(authorizer.Subtrees(Permission.EditGoalPicture));
        var everywhere = patterns is null;
        return pictures.Where(g =>
            g.PublishedAt != null
            || (signedIn && g.Status != GoalPictureStatus.Draft)
            || (g.Status == GoalPictureStatus.Draft && (everywhere || db.Units.Any(u => u.Id == g.UnitId && patterns!.Any(p => EF.Functions.Like(u.Path, p))))));
    }
}
