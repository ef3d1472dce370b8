using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Agreements;

/// <summary>Marks an open agreement done, with an optional closing note.</summary>
public static class CompleteAgreement
{
    public sealed record Command(Guid Id, uint? ExpectedVersion, string? Note) : ICommand<AgreementDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditAgreements;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Agreement>(Id, "Agreement");
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Note).OptionalText(AgreementNote.TextMaxLength);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, AgreementDto>
    {
        public async ValueTask<AgreementDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var agreement = await AgreementLoader.ForChangeAsync(db, command.Id, command.ExpectedVersion, cancellationToken);
            var now = clock.GetUtcNow();
            agreement.Complete(now, user.DisplayName);
            if (!string.IsNullOrWhiteSpace(command.Note))
            {
                agreement.Note(Guid.CreateVersion7(now), command.Note, null, now, user.DisplayName);
            }

            await db.SaveChangesAsync(cancellationToken);
            return await AgreementProjection.LoadDtoAsync(db, agreement.Id, clock.Today(), cancellationToken);
        }
    }
}

internal static class AgreementLoader
{
    public static async Task<Agreement> ForChangeAsync(AppDbContext db, Guid id, uint? expectedVersion, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.FindOrThrowAsync(id, "Agreement", cancellationToken);
        db.ExpectVersion(agreement, expectedVersion);
        return agreement;
    }
}
