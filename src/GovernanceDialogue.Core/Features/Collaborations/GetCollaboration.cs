using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Collaborations;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Collaborations;

/// <summary>One collaboration with its goals and the history of its stage on Glasbergen's ladder.</summary>
public static class GetCollaboration
{
    public sealed record Query(Guid Id) : IQuery<CollaborationDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadCollaborations;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Collaboration>(Id, "Collaboration", nameof(Collaboration.LeadUnitId));
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, CollaborationDto>
    {
        public async ValueTask<CollaborationDto> Handle(Query query, CancellationToken cancellationToken) =>
            await CollaborationProjection.LoadDtoAsync(db, query.Id, clock.Today(), cancellationToken);
    }
}
