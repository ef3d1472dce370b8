using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Agreements;

/// <summary>
/// The open agreements the caller still owes: as a unit manager, what their units committed to; as an executive,
/// what leadership committed to for the units under them. Overdue first, then by due date.
/// </summary>
public static class ListMyCommitments
{
    public sealed record Response(IReadOnlyList<AgreementDto> AsLeadership, IReadOnlyList<AgreementDto> AsUnit);

    public sealed record Query : IQuery<Response>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadOwnAccount;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, Response>
    {
        public async ValueTask<Response> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            async Task<IReadOnlyList<AgreementDto>> OwedAsync(Role role, AgreementSide side)
            {
                var paths = user.Grants.Where(g => g.Role == role && g.UnitPath is not null).Select(g => g.UnitPath! + "%").Distinct().ToArray();
                if (paths.Length == 0)
                {
                    return [];
                }

                return await db.Agreements.AsNoTracking()
                    .Where(a => a.Status == AgreementStatus.Open && a.Side == side)
                    .Where(a => db.Units.Any(u => u.Id == a.UnitId && paths.Any(p => EF.Functions.Like(u.Path, p))))
                    .OrderBy(a => a.DueOn).ThenBy(a => a.CreatedAt)
                    .ProjectToDto(db, today).ToListAsync(cancellationToken);
            }

            return new Response(await OwedAsync(Role.Executive, AgreementSide.Leadership), await OwedAsync(Role.UnitManager, AgreementSide.Unit));
        }
    }
}
