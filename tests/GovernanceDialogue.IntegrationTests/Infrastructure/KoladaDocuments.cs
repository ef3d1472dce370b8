using System.Text.Json;
using GovernanceDialogue.Core.Features.Analyses;

namespace GovernanceDialogue.IntegrationTests.Infrastructure;

/// <summary>Kolada documents for tests, parsed from JSON exactly as the API would receive them.</summary>
public static class KoladaDocuments
{
    public const string ValidJson = """
        {
          "values": [
            { "kpi": "N15033", "municipality": "1280", "period": 2025, "values": [
              { "gender": "T", "value": 87.5, "status": "", "count": 1 },
              { "gender": "K", "value": 90.1, "status": "", "count": 1 },
              { "gender": "M", "value": 84.9, "status": "", "count": 1 } ] },
            { "kpi": "U21468", "ou": "V15E128000301", "period": 2025, "values": [
              { "gender": "T", "value": 72, "status": "", "count": 1 } ] },
            { "kpi": "N17461", "municipality": "1280", "period": 2024, "values": [
              { "gender": "T", "value": null, "status": "Missing", "count": 0 } ] }
          ],
          "kpis": [
            { "id": "N15033", "title": "Elever i åk 9 som känner sig trygga i skolan, andel (%)" },
            { "id": "U21468", "title": "Brukarbedömning hemtjänst – helhetssyn, andel (%)" }
          ]
        }
        """;

    public static KoladaDocument Valid() => JsonSerializer.Deserialize<KoladaDocument>(ValidJson, Http.Json)!;
}
