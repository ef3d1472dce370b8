using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Summaries;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Summaries;

/// <summary>
/// Publishes the draft as the next numbered version, which everyone may read (politicians, the public, open data).
/// Publishing when nothing changed since the latest version is a no-op.
/// </summary>
public static class PublishSummary
{
    public sealed record Command(Guid Id, uint? ExpectedVersion) : ICommand<SummaryDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditSummaries;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Summary>(Id, "Summary");
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Id).NotEmpty();
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, SummaryDto>
    {
        public async ValueTask<SummaryDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var summary = await SummaryRules.ForChangeAsync(db, command.Id, command.ExpectedVersion, cancellationToken);
            var now = clock.GetUtcNow();
            if (summary.Publish(Guid.CreateVersion7(now), now, user.DisplayName) is { } version)
            {
                db.SummaryVersions.Add(version);
                await db.SaveChangesAsync(cancellationToken);
            }

            return await SummaryReader.ReadAsync(db, authorizer, summary.Id, cancellationToken);
        }
    }
}
