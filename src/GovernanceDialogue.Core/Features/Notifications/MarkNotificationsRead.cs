using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Notifications;

/// <summary>Marks one of the caller's notifications read, or all of them (no id). Someone else's is 404.</summary>
public static class MarkNotificationsRead
{
    public sealed record Command(Guid? Id) : ICommand<int>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadOwnAccount;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Id).NotEqual(Guid.Empty);
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var recipient = user.UserId ?? Guid.Empty;
            var now = clock.GetUtcNow();
            if (command.Id is { } id)
            {
                var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.RecipientId == recipient, cancellationToken)
                    ?? throw new NotFoundException("Notification", id);
                notification.MarkRead(now);
                await db.SaveChangesAsync(cancellationToken);
                return 1;
            }

            return await db.Notifications.Where(n => n.RecipientId == recipient && n.ReadAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        }
    }
}
