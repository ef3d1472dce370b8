using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Templates;

/// <summary>Every dialogue template with its newest questions, the default first.</summary>
public static class ListTemplates
{
    public sealed record Query : IQuery<IReadOnlyList<TemplateDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadTemplates;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, IReadOnlyList<TemplateDto>>
    {
        public async ValueTask<IReadOnlyList<TemplateDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var templates = await db.DialogueTemplates.AsNoTracking().OrderByDescending(t => t.IsDefault).ThenBy(t => t.Name).ToListAsync(cancellationToken);
            var ids = templates.Select(t => t.Id).ToList();
            var versions = await db.TemplateVersions.AsNoTracking().Where(v => ids.Contains(v.TemplateId)).ToListAsync(cancellationToken);
            return templates.Select(t => TemplateProjection.ToDto(t, versions.Where(v => v.TemplateId == t.Id).ToList())).ToList();
        }
    }
}
