using System.Text.RegularExpressions;
using FluentValidation;
using GovernanceDialogue.Core.Common.Errors;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Infrastructure;

/// <summary>
/// Pages show the error convention's expected errors as form errors. Use as an exception filter:
/// <c>catch (Exception ex) when (this.AddCommandErrors(ex, localizer))</c> — anything unexpected keeps propagating.
/// </summary>
public static partial class PageErrors
{
    public static bool AddCommandErrors(this PageModel page, Exception exception, IStringLocalizer localizer, string prefix = "Input")
    {
        var modelState = page.ModelState;
        switch (exception)
        {
            case ValidationException validation:
                foreach (var error in validation.Errors)
                {
                    // A list edited in one field ("TargetGroups[2]") reports on that field; fields inside lists keep their index.
                    var field = IndexSuffix().Replace(error.PropertyName, "");
                    modelState.AddModelError(string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{field}", error.ErrorMessage);
                }

                return true;
            case DomainRuleException rule:
                var text = localizer[$"Rule.{rule.Rule}"];
                modelState.AddModelError(string.Empty, text.ResourceNotFound ? rule.Message : text.Value);
                return true;
            case PreconditionFailedException:
                modelState.AddModelError(string.Empty, localizer["Error.Stale"]);
                return true;
            default:
                return false;
        }
    }

    [GeneratedRegex(@"\[\d+\]$")]
    private static partial Regex IndexSuffix();
}
