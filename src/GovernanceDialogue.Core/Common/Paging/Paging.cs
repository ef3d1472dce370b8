using System.Linq.Expressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Common.Paging;

/// <summary>Shared paging limits and the one way lists are paged.</summary>
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Counts and fetches one page of an ordered query (two SQL commands, whatever the page).</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(
        this IQueryable<T> ordered, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, page, pageSize, total);
    }

    /// <summary>Validation rules for a page number and page size.</summary>
    public static void ValidatePaging<T>(
        this AbstractValidator<T> validator, Expression<Func<T, int>> page, Expression<Func<T, int>> pageSize)
    {
        validator.RuleFor(page).GreaterThanOrEqualTo(1);
        validator.RuleFor(pageSize).InclusiveBetween(1, MaxPageSize);
    }
}
