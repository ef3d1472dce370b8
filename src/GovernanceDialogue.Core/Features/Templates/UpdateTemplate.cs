using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Templates;

/// <summary>
/// Renames a template and, when its questions changed, starts its next version. Dialogues already started keep the
/// version they started with; cycles that open later use the new one. A template stops being the default only by
/// another becoming it.
/// </summary>
public static class UpdateTemplate
{
    public sealed record Command(Guid Id, uint? ExpectedVersion, string Name, IReadOnlyList<TemplateQuestion> Questions, bool IsDefault)
        : ICommand<TemplateDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageTemplates;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => this.Content(c => c.Name, c => c.Questions);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, TemplateDto>
    {
        public async ValueTask<TemplateDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var template = await db.DialogueTemplates.FindOrThrowAsync(command.Id, "Template", cancellationToken);
            db.ExpectVersion(template, command.ExpectedVersion);
            if (command.IsDefault && !template.IsDefault)
            {
                await TemplateDefaults.ClearAsync(db, cancellationToken);
                template.SetDefault(true);
            }

            var current = await db.TemplateVersions.SingleAsync(v => v.TemplateId == template.Id && v.Number == template.CurrentVersionNumber, cancellationToken);
            var now = clock.GetUtcNow();
            if (template.Revise(Guid.CreateVersion7(now), command.Name, command.Questions, current, now, user.DisplayName) is { } next)
            {
                db.TemplateVersions.Add(next);
            }

            await db.SaveChangesAsync(cancellationToken);
            return await TemplateProjection.LoadDtoAsync(db, template.Id, cancellationToken);
        }
    }
}
