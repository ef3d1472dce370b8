using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Templates;

internal static class TemplateProjection
{
    public static TemplateDto ToDto(DialogueTemplate template, IReadOnlyList<TemplateVersion> versions)
    {
        var current = versions.Single(v => v.Number == template.CurrentVersionNumber);
        return new TemplateDto(
            template.Id, template.Name, template.IsDefault, template.CurrentVersionNumber, current.Id, current.Questions,
            versions.OrderByDescending(v => v.Number).Select(v => new TemplateVersionSummaryDto(v.Id, v.Number, v.CreatedAt, v.CreatedBy, v.Questions.Count)).ToList(),
            template.CreatedAt)
        { Version = template.Version };
    }

    public static async Task<TemplateDto> LoadDtoAsync(AppDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var template = await db.DialogueTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException("Template", id);
        var versions = await db.TemplateVersions.AsNoTracking().Where(v => v.TemplateId == id).ToListAsync(cancellationToken);
        return ToDto(template, versions);
    }
}
