using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Analyses;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Analyses;

/// <summary>Adds an indicator observation as evidence to a draft analysis.</summary>
public static class AddObservation
{
    public sealed record Command(
        Guid UnitId,
        Guid AnalysisId,
        string Title,
        decimal? Value,
        string? UnitOfMeasure,
        string Period,
        string Source,
        string? KoladaKpiId,
        decimal? ValueWomen,
        decimal? ValueMen,
        decimal? ComparisonValue,
        string? ComparisonLabel) : ICommand<ObservationDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditAnalysis;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Title).RequiredText(Observation.TitleMaxLength);
            RuleFor(c => c.Value).NotNull().ObservationValue();
            RuleFor(c => c.ValueWomen).ObservationValue();
            RuleFor(c => c.ValueMen).ObservationValue();
            RuleFor(c => c.ComparisonValue).ObservationValue();
            RuleFor(c => c.UnitOfMeasure).OptionalText(Observation.UnitOfMeasureMaxLength);
            RuleFor(c => c.Period).RequiredText(Observation.PeriodMaxLength);
            RuleFor(c => c.Source).RequiredText(Observation.SourceMaxLength);
            RuleFor(c => c.KoladaKpiId).Matches(Observation.KoladaKpiIdPattern).When(c => !string.IsNullOrEmpty(c.KoladaKpiId))
                .WithMessage("A Kolada key figure id is a capital letter and five digits, e.g. N15033.");
            RuleFor(c => c.ComparisonLabel).OptionalText(Observation.ComparisonLabelMaxLength);
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, ObservationDto>
    {
        public async ValueTask<ObservationDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var analysis = await db.AnalysisOfUnitAsync(command.UnitId, command.AnalysisId, clock.Today(), cancellationToken);
            var now = clock.GetUtcNow();
            var o = analysis.Observe(
                Observation.Create(
                    Guid.CreateVersion7(now), analysis.Id, command.Title, command.Value!.Value, command.UnitOfMeasure, command.Period, command.Source,
                    command.KoladaKpiId, command.ValueWomen, command.ValueMen, command.ComparisonValue, command.ComparisonLabel),
                now, user.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return new ObservationDto(o.Id, o.Title, o.Value, o.UnitOfMeasure, o.Period, o.Source, o.KoladaKpiId, o.ValueWomen, o.ValueMen, o.ComparisonValue, o.ComparisonLabel);
        }
    }
}
