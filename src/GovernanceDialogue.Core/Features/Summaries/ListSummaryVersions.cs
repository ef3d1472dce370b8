using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Summaries;

/// <summary>A published version in a summary's history.</summary>
public sealed record SummaryVersionListItemDto(int Number, DateTimeOffset PublishedAt);

/// <summary>Every published version of a summary, newest first. Public.</summary>
public static class ListSummaryVersions
{
    public sealed record Query(Guid Id) : IQuery<IReadOnlyList<SummaryVersionListItemDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadPublishedSummaries;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer) : IQueryHandler<Query, IReadOnlyList<SummaryVersionListItemDto>>
    {
        public async ValueTask<IReadOnlyList<SummaryVersionListItemDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var versions = await db.SummaryVersions.AsNoTracking().Where(v => v.SummaryId == query.Id).OrderByDescending(v => v.Number)
                .Select(v => new SummaryVersionListItemDto(v.Number, v.PublishedAt)).ToListAsync(cancellationToken);
            if (versions.Count > 0)
            {
                return versions;
            }

            // Never published: only its executives know it exists (an empty history); for everyone else it does not.
            var path = await (from s in db.Summaries
                              join u in db.Units on s.UnitId equals u.Id
                              where s.Id == query.Id
                              select u.Path).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Summary", query.Id);
            return authorizer.Can(Permission.ReadSummaryDrafts, path) ? versions : throw new NotFoundException("Summary", query.Id);
        }
    }
}

/// <summary>One published version of a summary. Public; one query.</summary>
public static class GetSummaryVersion
{
    public sealed record Query(Guid Id, int Number) : IQuery<SummaryVersionDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadPublishedSummaries;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Number).GreaterThanOrEqualTo(1);
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, SummaryVersionDto>
    {
        public async ValueTask<SummaryVersionDto> Handle(Query query, CancellationToken cancellationToken) =>
            await (from v in db.SummaryVersions.AsNoTracking()
                   join s in db.Summaries on v.SummaryId equals s.Id
                   join u in db.Units on s.UnitId equals u.Id
                   where v.SummaryId == query.Id && v.Number == query.Number
                   select SummaryVersionDto.Of(v, s.CycleId, s.UnitId, u.Name))
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Summary version", $"{query.Id}/{query.Number}");
    }
}
