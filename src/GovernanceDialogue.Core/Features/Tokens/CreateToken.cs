using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Tokens;

/// <summary>Creates an integrator token. The secret is in this answer only: it is stored as a hash and never shown again.</summary>
public static class CreateToken
{
    public sealed record Command(string Name, IReadOnlyList<string> Scopes, Guid UnitId, DateTimeOffset ExpiresAt)
        : ICommand<Response>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageTokens;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    /// <summary>The token and its secret: send it as <c>Authorization: Bearer &lt;secret&gt;</c>.</summary>
    public sealed record Response(TokenDto Token, string Secret);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).RequiredText(ApiToken.NameMaxLength);
            RuleFor(c => c.Scopes).NotEmpty();
            RuleForEach(c => c.Scopes).Must(s => s is TokenDto.Read or TokenDto.Write or TokenDto.Webhooks)
                .WithMessage($"Use '{TokenDto.Read}', '{TokenDto.Write}' and/or '{TokenDto.Webhooks}'.");
            RuleFor(c => c.UnitId).NotEmpty();
            RuleFor(c => c.ExpiresAt).NotEmpty();
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, Response>
    {
        public async ValueTask<Response> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!await db.Units.AnyAsync(u => u.Id == command.UnitId, cancellationToken))
            {
                throw new ValidationException([new ValidationFailure(nameof(Command.UnitId), $"No unit with id '{command.UnitId}' exists.")]);
            }

            var now = clock.GetUtcNow();
            var (token, secret) = ApiToken.Issue(
                Guid.CreateVersion7(now), command.Name, TokenDto.ParseScopes(command.Scopes), command.UnitId, command.ExpiresAt.ToUniversalTime(), now,
                user.DisplayName);
            db.ApiTokens.Add(token);
            await db.SaveChangesAsync(cancellationToken);
            var dto = await db.ApiTokens.AsNoTracking().Where(t => t.Id == token.Id).ProjectToDto(db).SingleAsync(cancellationToken);
            return new Response(dto, secret);
        }
    }
}
