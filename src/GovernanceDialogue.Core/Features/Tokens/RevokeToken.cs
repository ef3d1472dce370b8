using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Tokens;

/// <summary>Revokes a token: it stops working at once (the next request with it gets 401).</summary>
public static class RevokeToken
{
    public sealed record Command(Guid Id) : ICommand, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageTokens;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Id).NotEmpty();
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var token = await db.ApiTokens.FindOrThrowAsync(command.Id, "Token", cancellationToken);
            token.Revoke(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
