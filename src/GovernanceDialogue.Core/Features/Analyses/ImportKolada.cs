using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Analyses;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Analyses;

/// <summary>
/// Imports indicator values in the JSON shape of Kolada's data API (the file comes from the user; no network) as
/// observations on a draft analysis: one per key figure and period, the total with women/men beside it. A document
/// with any problem is refused as a whole, each problem listed; re-importing replaces instead of duplicating.
/// </summary>
public static partial class ImportKolada
{
    public const int MaxValues = 1000;

    public sealed record Command(Guid UnitId, Guid AnalysisId, KoladaDocument? Document) : ICommand<Response>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditAnalysis;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    /// <summary>What the import did: observations added, replaced, and entries skipped for lack of a total.</summary>
    public sealed record Response(int Added, int Replaced, int Skipped, IReadOnlyList<ObservationDto> Observations);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Document).Custom((document, context) =>
        {
            foreach (var (path, message) in Problems(document))
            {
                context.AddFailure(path, message);
            }
        });
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, Response>
    {
        public async ValueTask<Response> Handle(Command command, CancellationToken cancellationToken)
        {
            var analysis = await db.AnalysisOfUnitAsync(command.UnitId, command.AnalysisId, clock.Today(), cancellationToken);
            var titles = (command.Document!.Kpis ?? []).GroupBy(k => k.Id!).ToDictionary(g => g.Key, g => g.First().Title!);
            var now = clock.GetUtcNow();
            int added = 0, replaced = 0, skipped = 0;
            var touched = new List<Observation>();
            foreach (var entry in command.Document.Values!)
            {
                var byGender = entry.Values!.ToDictionary(v => v.Gender!.Trim().ToUpperInvariant(), v => Number(v.Value));
                if (byGender.GetValueOrDefault("T") is not { } total)
                {
                    skipped++;
                    continue;
                }

                var kpi = entry.Kpi!.Trim();
                var period = PeriodOf(entry.Period)!;
                var existed = analysis.Observations.Any(o => o.KoladaKpiId == kpi && o.Period == period);
                var observation = analysis.Observe(
                    Observation.Create(
                        Guid.CreateVersion7(now), analysis.Id, titles.GetValueOrDefault(kpi, kpi), total, null, period, "Kolada", kpi,
                        byGender.GetValueOrDefault("K"), byGender.GetValueOrDefault("M"), null, null),
                    now, user.DisplayName);
                touched.Add(observation);
                if (existed)
                {
                    replaced++;
                }
                else
                {
                    added++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            return new Response(added, replaced, skipped, touched
                .Select(o => new ObservationDto(o.Id, o.Title, o.Value, o.UnitOfMeasure, o.Period, o.Source, o.KoladaKpiId, o.ValueWomen, o.ValueMen, o.ComparisonValue, o.ComparisonLabel))
                .ToList());
        }
    }

    /// <summary>Every problem in the document, each with the JSON path where it is.</summary>
    public static IEnumerable<(string Path, string Message)> Problems(KoladaDocument? document)
    {
        if (document?.Values is not { Count: > 0 } values)
        {
            yield return ("values", "The document has no values to import.");
            yield break;
        }

        if (values.Count > MaxValues)
        {
            yield return ("values", $"At most {MaxValues} values per import.");
            yield break;
        }

        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < values.Count; i++)
        {
            var entry = values[i];
            var at = $"values[{i}]";
            if (string.IsNullOrWhiteSpace(entry.Kpi))
            {
                yield return ($"{at}.kpi", "The key figure id (kpi) is missing.");
            }
            else if (!KpiId().IsMatch(entry.Kpi.Trim()))
            {
                yield return ($"{at}.kpi", $"'{entry.Kpi}' is not a Kolada key figure id (a capital letter and five digits, e.g. N15033).");
            }

            if (string.IsNullOrWhiteSpace(entry.Municipality) && string.IsNullOrWhiteSpace(entry.Ou))
            {
                yield return ($"{at}.municipality", "Name the municipality (or the organisational unit, ou) the value is for.");
            }

            var period = PeriodOf(entry.Period);
            if (period is null)
            {
                yield return ($"{at}.period", "The period must be a year, e.g. 2025.");
            }
            else if (!string.IsNullOrWhiteSpace(entry.Kpi) && !seen.Add((entry.Kpi.Trim(), period)))
            {
                yield return ($"{at}", $"The key figure {entry.Kpi} appears twice for {period}.");
            }

            if (entry.Values is not { Count: > 0 } genders)
            {
                yield return ($"{at}.values", "The values by gender are missing.");
                continue;
            }

            var hasTotal = false;
            var anyValue = false;
            var genderSeen = new HashSet<string>();
            for (var j = 0; j < genders.Count; j++)
            {
                var gender = genders[j].Gender?.Trim().ToUpperInvariant();
                if (gender is not ("T" or "K" or "M"))
                {
                    yield return ($"{at}.values[{j}].gender", $"Unknown gender code '{genders[j].Gender}': use T (total), K (women) or M (men).");
                }
                else if (!genderSeen.Add(gender))
                {
                    yield return ($"{at}.values[{j}].gender", $"The gender {gender} appears twice in this entry: give one value per gender.");
                }

                var value = genders[j].Value;
                if (value.ValueKind is not (JsonValueKind.Number or JsonValueKind.Null or JsonValueKind.Undefined))
                {
                    yield return ($"{at}.values[{j}].value", $"{value.GetRawText()} is not a number.");
                }
                else if (value.ValueKind == JsonValueKind.Number && (!value.TryGetDecimal(out var number) || !Observation.Fits(number)))
                {
                    yield return ($"{at}.values[{j}].value",
                        $"{value.GetRawText()} cannot be stored: a value must be smaller than 10^14 in size and have at most {Observation.ValueScale} decimals.");
                }

                anyValue |= value.ValueKind == JsonValueKind.Number;
                hasTotal |= gender == "T" && value.ValueKind == JsonValueKind.Number;
            }

            if (anyValue && !hasTotal)
            {
                yield return ($"{at}.values", "The total (gender T) is missing.");
            }
        }

        var kpis = document.Kpis ?? [];
        for (var k = 0; k < kpis.Count; k++)
        {
            if (string.IsNullOrWhiteSpace(kpis[k].Id))
            {
                yield return ($"kpis[{k}].id", "The key figure's id is missing.");
            }

            if (string.IsNullOrWhiteSpace(kpis[k].Title))
            {
                yield return ($"kpis[{k}].title", "The key figure's title is missing.");
            }
            else if (kpis[k].Title!.Trim().Length > Observation.TitleMaxLength)
            {
                yield return ($"kpis[{k}].title", $"The key figure's title is longer than {Observation.TitleMaxLength} characters.");
            }
        }
    }

    private static string? PeriodOf(JsonElement period)
    {
        var text = period.ValueKind switch
        {
            JsonValueKind.Number => period.GetRawText(),
            JsonValueKind.String => period.GetString(),
            _ => null,
        };
        return text is not null && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2100
            ? year.ToString(CultureInfo.InvariantCulture)
            : null;
    }

    private static decimal? Number(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    [GeneratedRegex(Observation.KoladaKpiIdPattern)]
    private static partial Regex KpiId();
}

/// <summary>
/// A document in Kolada's data-API shape (<c>/v2/data/…</c>), with the key figures' metadata (<c>/v2/kpi</c>) beside it.
/// </summary>
/// <param name="Values">Kolada's <c>values</c>: one entry per key figure, municipality (or ou) and period.</param>
/// <param name="Kpis">Key figure metadata: <c>id</c> and <c>title</c> (titles of the observations).</param>
public sealed record KoladaDocument(IReadOnlyList<KoladaValue>? Values, IReadOnlyList<KoladaKpi>? Kpis);

/// <summary>One Kolada data entry.</summary>
public sealed record KoladaValue(string? Kpi, string? Municipality, string? Ou, JsonElement Period, IReadOnlyList<KoladaGenderValue>? Values);

/// <summary>A value for one gender: T (total), K (women) or M (men); <c>value</c> may be null when Kolada has none.</summary>
public sealed record KoladaGenderValue(string? Gender, JsonElement Value, string? Status, int? Count);

/// <summary>Key figure metadata.</summary>
public sealed record KoladaKpi(string? Id, string? Title);
