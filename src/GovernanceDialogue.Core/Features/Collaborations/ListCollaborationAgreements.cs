using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Collaborations;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Collaborations;

/// <summary>
/// The agreements made in a collaboration (every status unless one is asked for), open ones first, then by due date.
/// They are as open as the collaboration itself: the parties made them together.
/// </summary>
public static class ListCollaborationAgreements
{
    public sealed record Query(Guid CollaborationId, AgreementStatus? Status = null) : IQuery<IReadOnlyList<AgreementDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadCollaborations;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Collaboration>(CollaborationId, "Collaboration", nameof(Collaboration.LeadUnitId));
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Status).IsInEnum();
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<AgreementDto>>
    {
        public async ValueTask<IReadOnlyList<AgreementDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var agreements = db.Agreements.AsNoTracking().Where(a => a.CollaborationId == query.CollaborationId);
            if (query.Status is { } status)
            {
                agreements = agreements.Where(a => a.Status == status);
            }

            // The status is stored as its name, so ordering by it would put Done and Dropped before Open.
            return await agreements.OrderBy(a => a.Status == AgreementStatus.Open ? 0 : 1).ThenBy(a => a.DueOn).ThenBy(a => a.CreatedAt)
                .ProjectToDto(db, clock.Today()).ToListAsync(cancellationToken);
        }
    }
}
