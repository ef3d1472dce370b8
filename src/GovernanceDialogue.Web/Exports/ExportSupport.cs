using System.Globalization;
using System.Text;
using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Web.Infrastructure;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace GovernanceDialogue.Web.Exports;

/// <summary>
/// The UI texts in one document language, whatever the request's culture: an export is Swedish unless asked for
/// in English, and the texts come from the same resources as the pages.
/// </summary>
internal sealed class ExportTexts(IStringLocalizer localizer, CultureInfo culture)
{
    public CultureInfo Culture { get; } = culture;

    public string this[string key] => InCulture(() => localizer[key].Value);

    public string this[string key, params object[] arguments] => InCulture(() => localizer[key, arguments].Value);

    /// <summary>The document's language from <c>?culture=</c>: Swedish when not given; 400 when it is not one the app speaks.</summary>
    public static CultureInfo Resolve(string? culture)
    {
        if (string.IsNullOrWhiteSpace(culture))
        {
            return WebSetup.SupportedCultures[0];
        }

        return WebSetup.SupportedCultures.FirstOrDefault(c =>
                   c.Name.Equals(culture, StringComparison.OrdinalIgnoreCase) || c.TwoLetterISOLanguageName.Equals(culture, StringComparison.OrdinalIgnoreCase))
               ?? throw new ValidationException([new ValidationFailure("culture", $"Choose one of: {string.Join(", ", WebSetup.SupportedCultures.Select(c => c.Name))}.")]);
    }

    private string InCulture(Func<string> read)
    {
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = Culture;
        CultureInfo.CurrentCulture = Culture;
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formats);
        }
    }
}

/// <summary>Numbers, shares and dates as a Swedish or British reader writes them.</summary>
internal static class ExportFormat
{
    public static string Percent(int value, CultureInfo culture) => (value / 100m).ToString("P0", culture);

    public static string Percent(int? value, CultureInfo culture) => value is { } v ? Percent(v, culture) : "–";

    public static string Date(DateOnly date, CultureInfo culture) => date.ToString("d MMMM yyyy", culture);

    public static string Date(DateTimeOffset instant, CultureInfo culture) =>
        Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, CityClock.TimeZone).DateTime), culture);

    public static string Number(int value, CultureInfo culture) => value.ToString("N0", culture);
}

/// <summary>Download headers for an export: a readable ASCII file name and the exact one as UTF-8 (RFC 6266).</summary>
internal static class ExportFile
{
    public const string Pdf = "application/pdf";
    public const string Json = "application/json";

    /// <summary>Marks the response as a file download named after <paramref name="parts"/> joined with dashes.</summary>
    public static void AttachAs(HttpResponse response, string extension, params string[] parts)
    {
        var name = string.Join("-", parts.Select(Clean).Where(p => p.Length > 0)) + "." + extension;
        var disposition = new ContentDispositionHeaderValue("attachment") { FileName = Ascii(name) };
        disposition.FileNameStar = name;
        response.Headers.ContentDisposition = disposition.ToString();
    }

    /// <summary>Letters without their marks (å → a, é → e), digits, dot, dash and underscore; anything else becomes a dash.</summary>
    public static string Ascii(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(c switch
            {
                'ø' => 'o',
                'Ø' => 'O',
                'æ' => 'a',
                'Æ' => 'A',
                'ß' => 's',
                _ when char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' => c,
                _ => '-',
            });
        }

        var collapsed = System.Text.RegularExpressions.Regex.Replace(folded.ToString(), "-{2,}", "-").Trim('-');
        return collapsed.Length == 0 ? "export" : collapsed;
    }

    /// <summary>A name part without characters a file system or a header would trip on; Swedish letters stay.</summary>
    private static string Clean(string part)
    {
        var cleaned = new StringBuilder(part.Length);
        foreach (var c in part.Trim())
        {
            cleaned.Append(char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '-');
        }

        var result = System.Text.RegularExpressions.Regex.Replace(cleaned.ToString(), "-{2,}", "-").Trim('-', '.');
        return result.Length > 60 ? result[..60].TrimEnd('-') : result;
    }
}
