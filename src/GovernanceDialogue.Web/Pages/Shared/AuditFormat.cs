using System.Text.Json;

namespace GovernanceDialogue.Web.Pages.Shared;

/// <summary>Shows an audited value briefly: long texts are cut, nothing is shown as an em dash.</summary>
public static class AuditFormat
{
    private const int MaxLength = 120;

    public static string Value(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => "—",
            JsonValueKind.String => value.GetString() ?? "—",
            _ => value.GetRawText(),
        };
        return text.Length > MaxLength ? text[..MaxLength] + "…" : text;
    }
}
