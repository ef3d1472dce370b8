using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Audit;

/// <summary>The audit trail, newest first, filtered by entity, actor (user or token id) and time.</summary>
public static class ListAuditEntries
{
    public sealed record Query(
        string? EntityType = null,
        string? EntityId = null,
        string? ActorId = null,
        DateTimeOffset? From = null,
        DateTimeOffset? To = null,
        int Page = 1,
        int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<AuditEntryDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadAudit;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.ValidatePaging(q => q.Page, q => q.PageSize);
            RuleFor(q => q.EntityType).MaximumLength(100);
            RuleFor(q => q.EntityId).MaximumLength(200).Must((q, id) => id is null || q.EntityType is not null)
                .WithMessage("Give the entityType together with the entityId.");
            RuleFor(q => q.ActorId).MaximumLength(64);
            RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null);
        }
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer) : IQueryHandler<Query, PagedList<AuditEntryDto>>
    {
        public async ValueTask<PagedList<AuditEntryDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var entries = db.AuditEntries.AsNoTracking();
            if (query.EntityType is { } type && query.EntityId is { } id)
            {
                var key = $"{type}:{id}";
                entries = entries.Where(e => e.Entities.Contains(key));
            }
            else if (query.EntityType is { } onlyType)
            {
                entries = entries.Where(e => e.EntityType == onlyType);
            }

            if (query.ActorId is { } actor)
            {
                entries = entries.Where(e => e.ActorId == actor);
            }

            if (query.From is { } from)
            {
                entries = entries.Where(e => e.At >= from.ToUniversalTime());
            }

            if (query.To is { } to)
            {
                entries = entries.Where(e => e.At < to.ToUniversalTime());
            }

            var page = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
                .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
            return new PagedList<AuditEntryDto>(await page.Items.ToDtosAsync(db, authorizer, cancellationToken), page.Page, page.PageSize, page.TotalCount);
        }
    }
}
