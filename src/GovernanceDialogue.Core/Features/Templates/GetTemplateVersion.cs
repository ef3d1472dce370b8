using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Templates;

/// <summary>One version of a template, as the dialogues that use it ask its questions.</summary>
public static class GetTemplateVersion
{
    public sealed record Query(Guid TemplateId, int Number) : IQuery<TemplateVersionDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadTemplates;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, TemplateVersionDto>
    {
        public async ValueTask<TemplateVersionDto> Handle(Query query, CancellationToken cancellationToken) =>
            await (from v in db.TemplateVersions.AsNoTracking()
                   join t in db.DialogueTemplates on v.TemplateId equals t.Id
                   where v.TemplateId == query.TemplateId && v.Number == query.Number
                   select new TemplateVersionDto(v.Id, t.Id, t.Name, v.Number, v.Questions, v.CreatedAt, v.CreatedBy))
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("TemplateVersion", $"{query.TemplateId}/{query.Number}");
    }
}
