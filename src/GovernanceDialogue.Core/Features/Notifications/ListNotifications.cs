using System.Globalization;
using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Notifications;

/// <summary>The caller's notifications, newest first, with how many are unread. Tokens have none.</summary>
public static class ListNotifications
{
    public sealed record Response(int Unread, PagedList<NotificationDto> Notifications);

    public sealed record Query(bool UnreadOnly = false, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<Response>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadOwnAccount;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => this.ValidatePaging(q => q.Page, q => q.PageSize);
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, INotificationTexts texts) : IQueryHandler<Query, Response>
    {
        public async ValueTask<Response> Handle(Query query, CancellationToken cancellationToken)
        {
            var recipient = user.UserId ?? Guid.Empty;
            var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientId == recipient);
            var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
            if (query.UnreadOnly)
            {
                mine = mine.Where(n => n.ReadAt == null);
            }

            var page = await mine.OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id).ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
            var culture = CultureInfo.CurrentUICulture.Name;
            return new Response(
                unread,
                new PagedList<NotificationDto>(
                    page.Items.Select(n => new NotificationDto(n.Id, n.Kind, texts.Title(n.Kind, n.Data, culture), n.Data, n.Link, n.CreatedAt, n.ReadAt)).ToList(),
                    page.Page, page.PageSize, page.TotalCount));
        }
    }
}
