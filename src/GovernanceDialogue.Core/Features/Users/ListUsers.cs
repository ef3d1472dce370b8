using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Users;

/// <summary>Lists users, searchable by name or e-mail, filterable by role, ordered by name.</summary>
public static class ListUsers
{
    public sealed record Query(string? Search = null, Role? Role = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<PagedList<UserDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageUsers;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.ValidatePaging(q => q.Page, q => q.PageSize);
            RuleFor(q => q.Search).MaximumLength(AppUser.EmailMaxLength);
            RuleFor(q => q.Role).IsInEnum();
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, PagedList<UserDto>>
    {
        public async ValueTask<PagedList<UserDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var users = db.Users.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var pattern = "%" + query.Search.Trim().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
                users = users.Where(u => EF.Functions.ILike(u.DisplayName, pattern) || EF.Functions.ILike(u.Email!, pattern));
            }

            if (query.Role is { } role)
            {
                users = users.Where(u => db.RoleAssignments.Any(a => a.UserId == u.Id && a.Role == role));
            }

            return await users.OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
                .ProjectToDto(db, clock.GetUtcNow())
                .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        }
    }
}
