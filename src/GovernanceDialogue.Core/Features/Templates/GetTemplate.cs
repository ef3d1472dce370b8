using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Templates;

/// <summary>One template with its newest questions and its versions.</summary>
public static class GetTemplate
{
    public sealed record Query(Guid Id) : IQuery<TemplateDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadTemplates;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, TemplateDto>
    {
        public async ValueTask<TemplateDto> Handle(Query query, CancellationToken cancellationToken) =>
            await TemplateProjection.LoadDtoAsync(db, query.Id, cancellationToken);
    }
}
