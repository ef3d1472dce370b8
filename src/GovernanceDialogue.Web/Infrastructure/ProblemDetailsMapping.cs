using System.Diagnostics;
using FluentValidation;
using GovernanceDialogue.Core.Common.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace GovernanceDialogue.Web.Infrastructure;

/// <summary>The one mapping from the error convention's exceptions to RFC 9457 problem details.</summary>
public static class ProblemDetailsMapping
{
    /// <summary>Builds the problem for a known exception; null for anything else (a 500 that leaks nothing).</summary>
    public static ProblemDetails? ForException(Exception exception) => exception switch
    {
        ValidationException validation => Validation(validation),
        NotFoundException notFound => new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Type = ProblemTypes.NotFound,
            Title = "Not found",
            Detail = notFound.Message,
        },
        DomainRuleException rule => Rule(rule),
        UnauthorizedException unauthorized => new ProblemDetails
        {
            Status = StatusCodes.Status401Unauthorized,
            Type = ProblemTypes.Unauthorized,
            Title = "Authentication required",
            Detail = unauthorized.Message,
        },
        ForbiddenException forbidden => new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Type = ProblemTypes.Forbidden,
            Title = "Not allowed",
            Detail = forbidden.Message,
        },
        PreconditionFailedException stale => new ProblemDetails
        {
            Status = StatusCodes.Status412PreconditionFailed,
            Type = ProblemTypes.PreconditionFailed,
            Title = "The resource changed since you read it",
            Detail = stale.Message,
        },
        PreconditionRequiredException missing => new ProblemDetails
        {
            Status = StatusCodes.Status428PreconditionRequired,
            Type = ProblemTypes.PreconditionRequired,
            Title = "If-Match required",
            Detail = missing.Message,
        },
        BadHttpRequestException bad => new ProblemDetails
        {
            Status = bad.StatusCode,
            Type = ProblemTypes.ForStatus(bad.StatusCode),
            Title = "Bad request",
            Detail = bad.Message,
        },
        _ => null,
    };

    /// <summary>A refused business rule: 409 with the rule's slug, and the field it refused when it names one.</summary>
    private static ProblemDetails Rule(DomainRuleException rule)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Type = ProblemTypes.ForRule(rule.Rule),
            Title = DomainRules.Descriptions.TryGetValue(rule.Rule, out var description) ? description : "Conflict",
            Detail = rule.Message,
            Extensions = { ["rule"] = rule.Rule },
        };
        if (rule.Field is not null)
        {
            problem.Extensions["field"] = rule.Field;
        }

        return problem;
    }

    /// <summary>Adds what every problem carries: a type for bare status codes, the trace id and the request path.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Type is null or "about:blank" || problem.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
        {
            problem.Type = ProblemTypes.ForStatus(problem.Status ?? 500);
        }

        problem.Instance ??= context.HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.HttpContext.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
    }

    /// <summary>[ApiController] model-binding failures (malformed JSON, unknown enum value, bad route/query value).</summary>
    public static IActionResult InvalidModelState(ActionContext context)
    {
        var factory = context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>();
        var problem = factory.CreateValidationProblemDetails(
            context.HttpContext, context.ModelState, StatusCodes.Status400BadRequest, "One or more fields are invalid.", ProblemTypes.Validation);
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    private static ValidationProblemDetails Validation(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(e => CamelCasePath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProblemTypes.Validation,
            Title = "One or more fields are invalid.",
        };
    }

    /// <summary>"TargetGroups[0]" → "targetGroups[0]", matching the JSON the client sent.</summary>
    public static string CamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(segment =>
            segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));
}
