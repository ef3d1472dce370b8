using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Templates;

/// <summary>Creates a dialogue template (its version 1). Making it the default takes the role from the old default.</summary>
public static class CreateTemplate
{
    public sealed record Command(string Name, IReadOnlyList<TemplateQuestion> Questions, bool IsDefault) : ICommand<TemplateDto>, IAuthorized
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
            var now = clock.GetUtcNow();
            var isDefault = command.IsDefault || !await db.DialogueTemplates.AnyAsync(cancellationToken);
            if (isDefault)
            {
                await TemplateDefaults.ClearAsync(db, cancellationToken);
            }

            var (template, first) = DialogueTemplate.Create(Guid.CreateVersion7(now), Guid.CreateVersion7(now), command.Name, command.Questions, isDefault, now, user.DisplayName);
            db.DialogueTemplates.Add(template);
            db.TemplateVersions.Add(first);
            await db.SaveChangesAsync(cancellationToken);
            return await TemplateProjection.LoadDtoAsync(db, template.Id, cancellationToken);
        }
    }
}

internal static class TemplateDefaults
{
    /// <summary>Takes the default role from whichever template holds it (saved before the new default, for the unique index).</summary>
    public static async Task ClearAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        foreach (var old in await db.DialogueTemplates.Where(t => t.IsDefault).ToListAsync(cancellationToken))
        {
            old.SetDefault(false);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
