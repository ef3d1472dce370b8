using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Agreements;

/// <summary>
/// Agreements of a dialogue (all those made in it), or of a unit (every dialogue's; the open ones unless a status is
/// asked for). Open ones first, then by due date.
/// </summary>
public static class ListAgreements
{
    /// <param name="DialogueId">The dialogue whose agreements to list (every status unless <paramref name="Status"/> is given).</param>
    /// <param name="UnitId">The unit whose agreements to list, from all its dialogues (only the open ones unless <paramref name="Status"/> is given).</param>
    /// <param name="Status">Only agreements with this status.</param>
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
            // A unit's list is what it still has to follow up; a dialogue's is the record of what was agreed there.
            var status = query.Status ?? (query.UnitId is null ? null : AgreementStatus.Open);
            if (status is not null)
            {
                agreements = agreements.Where(a => a.Status == status);
            }

            // The status is stored as its name, so ordering by it would put Done and Dropped before Open.
            return await agreements.OrderBy(a => a.Status == AgreementStatus.Open ? 0 : 1).ThenBy(a => a.DueOn).ThenBy(a => a.CreatedAt)
                .ProjectToDto(db, clock.Today()).ToListAsync(cancellationToken);
        }
    }
}
