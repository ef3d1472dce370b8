using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;

namespace GovernanceDialogue.Web.Pages.Shared;

/// <summary>
/// Forms with a fixed number of rows send only the filled ones to a command; the command's errors name the rows it
/// got ("Agreements[0].DueOn"). This renames them back to the rows of the form, so each error lands on its field.
/// </summary>
public static partial class FormRows
{
    /// <param name="exception">Any exception; only a validation failure is changed.</param>
    /// <param name="list">The list's property name in the command, e.g. "Agreements".</param>
    /// <param name="rows">For each item sent, the index of its row in the form.</param>
    public static Exception Remap(Exception exception, string list, IReadOnlyList<int> rows)
    {
        if (exception is not ValidationException validation)
        {
            return exception;
        }

        var renamed = validation.Errors.Select(e =>
        {
            var match = ItemIndex().Match(e.PropertyName);
            if (!match.Success || match.Groups["list"].Value != list || !int.TryParse(match.Groups["index"].Value, out var index) || index >= rows.Count)
            {
                return e;
            }

            return new ValidationFailure($"{list}[{rows[index]}]{match.Groups["rest"].Value}", e.ErrorMessage, e.AttemptedValue);
        });
        return new ValidationException(renamed);
    }

    [GeneratedRegex(@"^(?<list>[A-Za-z]+)\[(?<index>\d+)\](?<rest>.*)$")]
    private static partial Regex ItemIndex();
}
