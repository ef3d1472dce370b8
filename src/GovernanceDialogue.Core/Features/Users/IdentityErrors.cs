using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Common.Errors;
using Microsoft.AspNetCore.Identity;

namespace GovernanceDialogue.Core.Features.Users;

/// <summary>Turns ASP.NET Identity's refusals into the error convention (400 per field, or a named 409).</summary>
internal static class IdentityErrors
{
    public static void ThrowIfFailed(this IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
        {
            throw new DomainRuleException(DomainRules.UserEmailTaken, "Another user already has this e-mail address.");
        }

        throw new ValidationException(result.Errors.Select(e => new ValidationFailure(FieldOf(e.Code), e.Description) { ErrorCode = e.Code }));
    }

    private static string FieldOf(string code) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => "Password",
        "InvalidToken" => "Token",
        "InvalidEmail" or "InvalidUserName" => "Email",
        _ => "",
    };
}
