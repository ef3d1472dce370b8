using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.GoalPictures;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.GoalPictures;

/// <summary>One goal picture by id, or the current one of a scope (the city's when no scope is given).</summary>
public static class GetGoalPicture
{
    /// <param name="Id">A specific version.</param>
    /// <param name="CurrentOfUnitId">Instead: the current (adopted or published) goal picture of this city or administration.</param>
    public sealed record Query(Guid? Id = null, Guid? CurrentOfUnitId = null, bool Current = false) : IQuery<GoalPictureDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadGoalPictures;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Id).NotEmpty().When(q => !q.Current && q.CurrentOfUnitId is null).WithMessage("Give an id, or ask for the current one.");
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer, TimeProvider clock) : IQueryHandler<Query, GoalPictureDto>
    {
        public async ValueTask<GoalPictureDto> Handle(Query query, CancellationToken cancellationToken)
        {
            var pictures = db.GoalPictures.AsNoTracking().VisibleTo(authorizer, db);
            if (query.Id is { } id)
            {
                return await pictures.Where(g => g.Id == id).ProjectToDto(db).SingleOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException("Goal picture", id);
            }

            var scope = query.CurrentOfUnitId ?? await db.Units.OpenCitiesOldestFirst(clock.Today())
                .Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken) ?? Guid.Empty;
            return await pictures.Where(g => g.UnitId == scope && (g.Status == GoalPictureStatus.Adopted || g.Status == GoalPictureStatus.Published))
                .ProjectToDto(db).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Current goal picture", scope);
        }
    }
}
