using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Users;

/// <summary>One user with their role assignments.</summary>
public static class GetUser
{
    public sealed record Query(Guid Id) : IQuery<UserDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageUsers;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Id).NotEmpty();
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, UserDto>
    {
        public async ValueTask<UserDto> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Users.AsNoTracking().Where(u => u.Id == query.Id).ProjectToDto(db, clock.GetUtcNow()).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("User", query.Id);
    }
}
