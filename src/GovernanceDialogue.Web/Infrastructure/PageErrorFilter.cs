using GovernanceDialogue.Core.Common.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace GovernanceDialogue.Web.Infrastructure;

/// <summary>
/// How a page answers the errors it does not turn into form errors: nothing found → the 404 page, not signed in →
/// the sign-in page (and back), not allowed → the 403 page.
/// </summary>
public sealed class PageErrorFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.ExceptionHandled)
        {
            return;
        }

        IActionResult? result = executed.Exception switch
        {
            NotFoundException => new NotFoundResult(),
            UnauthorizedException => new ChallengeResult(),
            ForbiddenException => new StatusCodeResult(StatusCodes.Status403Forbidden),
            _ => null,
        };
        if (result is not null)
        {
            executed.Result = result;
            executed.ExceptionHandled = true;
        }
    }
}
