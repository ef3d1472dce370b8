using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Notifications;

/// <summary>How many of the caller's notifications are unread (for the badge in the layout).</summary>
public static class CountUnreadNotifications
{
    public sealed record Query : IQuery<int>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadOwnAccount;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Handler(AppDbContext db, CurrentUser user) : IQueryHandler<Query, int>
    {
        public async ValueTask<int> Handle(Query query, CancellationToken cancellationToken) =>
            user.UserId is { } id ? await db.Notifications.CountAsync(n => n.RecipientId == id && n.ReadAt == null, cancellationToken) : 0;
    }
}
