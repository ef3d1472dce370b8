using GovernanceDialogue.Core.Domain.Identity;
using Microsoft.AspNetCore.Identity;

namespace GovernanceDialogue.Core.Authorization;

/// <summary>Only active users may sign in (Identity asks this before every password sign-in).</summary>
public sealed class ActiveUserConfirmation : IUserConfirmation<AppUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(user.IsActive);
}
