using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Collaborations;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Collaborations;

/// <summary>
/// Moves an active collaboration to another step of Glasbergen's ladder (up, or down when trust was lost), with a
/// reflection and a judgement of each of the five aspects of trust; the step is kept in the collaboration's history.
/// </summary>
public static class ChangeCollaborationStage
{
    public sealed record Command(Guid Id, uint? ExpectedVersion, LadderStage? Stage, string Reflection, IReadOnlyList<TrustInput>? Trust)
        : ICommand<CollaborationDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditCollaborations;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Collaboration>(Id, "Collaboration", nameof(Collaboration.LeadUnitId));
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        private static readonly TrustAspect[] Aspects = Enum.GetValues<TrustAspect>();

        public Validator()
        {
            RuleFor(c => c.Stage).NotNull().IsInEnum();
            RuleFor(c => c.Reflection).RequiredText(StageChange.ReflectionMaxLength);
            RuleFor(c => c.Trust).Must(t => t is not null && Aspects.All(a => t.Count(x => x?.Aspect == a) == 1) && t.Count == Aspects.Length)
                .WithMessage("Judge each of the five aspects of trust once: honesty, openness, reliability, goodwill and competence.");
            RuleForEach(c => c.Trust).NotNull().ChildRules(t =>
            {
                t.RuleFor(x => x.Aspect).NotNull().IsInEnum();
                t.RuleFor(x => x.Level).NotNull().IsInEnum();
                t.RuleFor(x => x.Note).OptionalText(TrustReflection.NoteMaxLength);
            });
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, CollaborationDto>
    {
        public async ValueTask<CollaborationDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var collaboration = await db.Collaborations.FindOrThrowAsync(command.Id, "Collaboration", cancellationToken);
            db.ExpectVersion(collaboration, command.ExpectedVersion);
            var today = clock.Today();
            collaboration.ChangeStage(command.Stage!.Value, command.Reflection, command.Trust.ToReflections(), today, clock.GetUtcNow(), user.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return await CollaborationProjection.LoadDtoAsync(db, collaboration.Id, today, cancellationToken);
        }
    }
}
