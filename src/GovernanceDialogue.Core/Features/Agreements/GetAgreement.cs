using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Agreements;

/// <summary>One agreement with its follow-up notes.</summary>
public static class GetAgreement
{
    public sealed record Query(Guid Id) : IQuery<AgreementDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadAgreements;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Agreement>(Id, "Agreement");
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, AgreementDto>
    {
        public async ValueTask<AgreementDto> Handle(Query query, CancellationToken cancellationToken) =>
            await AgreementProjection.LoadDtoAsync(db, query.Id, clock.Today(), cancellationToken);
    }
}
