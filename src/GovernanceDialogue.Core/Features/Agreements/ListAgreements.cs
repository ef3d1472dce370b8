using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Agreements;

/// <summary>
/// Agreements of a dialogue (those made in it), or of a unit (every dialogue's; open ones by default, by due date).
/// </summary>
public static class ListAgreements
{
    public sealed record Query(Guid? DialogueId = null, Guid? UnitId = null, AgreementStatus? Status = null) : IQuery<IReadOnlyList<AgreementDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadAgreements;

        ResourceScope IAuthorized.Scope => DialogueId is { } dialogueId ? ResourceScope.UnitOf<Dialogue>(dialogueId, "Dialogue") : ResourceScope.Units(UnitId);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q).Must(q => (q.DialogueId is null) != (q.UnitId is null)).WithMessage("Name a dialogue or a unit.");
            RuleFor(q => q.Status).IsInEnum();
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<AgreementDto>>
    {
        public async ValueTask<IReadOnlyList<AgreementDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var agreements = db.Agreements.AsNoTracking();
            agreements = query.DialogueId is { } dialogueId
                ? agreements.Where(a => a.DialogueId == dialogueId)
                : agreements.Where(a => a.UnitId == query.UnitId);
            if (query.Status is { } status)
            {
                agreements = agreements.Where(a => a.Status == status);
            }

            return await agreements.OrderBy(a => a.Status).ThenBy(a => a.DueOn).ThenBy(a => a.CreatedAt)
                .ProjectToDto(db, clock.Today()).ToListAsync(cancellationToken);
        }
    }
}
