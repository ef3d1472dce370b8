using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Analyses;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Analyses;

/// <summary>Writes the texts of a draft analysis, including the equality perspective.</summary>
public static class UpdateAnalysis
{
    public sealed record Command(
        Guid UnitId,
        Guid AnalysisId,
        uint? ExpectedVersion,
        string? Strengths,
        string? Challenges,
        string? Risks,
        string? CitizenPerspective,
        string? EmployeePerspective,
        IReadOnlyList<EqualityGroup>? EqualityGroups,
        string? EqualityPerspective,
        string? CollaborationNeeds) : ICommand<AnalysisDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditAnalysis;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Strengths).AnalysisText();
            RuleFor(c => c.Challenges).AnalysisText();
            RuleFor(c => c.Risks).AnalysisText();
            RuleFor(c => c.CitizenPerspective).AnalysisText();
            RuleFor(c => c.EmployeePerspective).AnalysisText();
            RuleFor(c => c.EqualityPerspective).AnalysisText();
            RuleFor(c => c.CollaborationNeeds).AnalysisText();
            RuleForEach(c => c.EqualityGroups).IsInEnum();
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, AnalysisDto>
    {
        public async ValueTask<AnalysisDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var analysis = await db.AnalysisOfUnitAsync(command.UnitId, command.AnalysisId, clock.Today(), cancellationToken);
            db.ExpectVersion(analysis, command.ExpectedVersion);
            analysis.Edit(
                new AnalysisText(
                    command.Strengths, command.Challenges, command.Risks, command.CitizenPerspective, command.EmployeePerspective,
                    command.EqualityGroups ?? [], command.EqualityPerspective, command.CollaborationNeeds),
                clock.GetUtcNow(), user.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return await db.Analyses.AsNoTracking().Where(a => a.Id == analysis.Id).ProjectToDto().SingleAsync(cancellationToken);
        }
    }
}
