using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.Audit;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Audit;

/// <summary>
/// The audit trail keeps old and new values of everything, but reading it must not become a back door to texts the
/// reader may not see: values of private fields (an unpublished mission draft, …) are shown only to those who may
/// read them in that unit; others see that the field changed.
/// </summary>
internal static class AuditPrivacy
{
    public const string Redacted = "(not shown: you may not read this text)";

    /// <summary>Per entity type: the fields whose values are private, and the permission that may read them.</summary>
    private static readonly Dictionary<string, (Permission Permission, string[] Fields)> Private = new()
    {
        ["Mission"] = (Permission.ReadMissionDraft, ["AssignmentText", "PlainLanguageSummary", "TargetGroups", "Basis"]),
        ["CurrentStateAnalysis"] = (Permission.EditAnalysis,
            ["Strengths", "Challenges", "Risks", "CitizenPerspective", "EmployeePerspective", "EqualityPerspective", "CollaborationNeeds"]),
        // Dialogue notes belong to the unit's manager and the leadership above it, and so do their traces here.
        ["Dialogue"] = (Permission.ReadDialogue, ["Answers", "Participants", "LeadershipResponse", "LastReopenReason"]),
        ["DialogueGoal"] = (Permission.ReadDialogue, ["Assessment", "Narrative"]),
        ["DialogueFollowUp"] = (Permission.ReadDialogue, ["Note"]),
        ["Agreement"] = (Permission.ReadAgreements, ["Description", "Responsible", "DropReason"]),
        ["AgreementNote"] = (Permission.ReadAgreements, ["Text"]),
        // A lesson's texts are for the unit and its leadership while it is a draft (and at that visibility afterwards).
        ["Lesson"] = (Permission.EditLessons, ["Title", "Context", "WhatWeTried", "WhatHappened", "WhatWeLearned", "Tags"]),
        // A summary's draft (which may quote dialogue notes) is for the executives of its scope until it is published.
        ["Summary"] = (Permission.ReadSummaryDrafts, ["Narrative", "Highlights", "Quotes"]),
    };

    /// <summary>The entries as DTOs, with private values redacted where the reader may not see them (one query for the units' paths).</summary>
    public static async Task<List<AuditEntryDto>> ToDtosAsync(this IReadOnlyList<AuditEntry> entries, AppDbContext db, Authorizer authorizer, CancellationToken cancellationToken)
    {
        var unitIds = entries.Where(e => e.UnitId is not null).Select(e => e.UnitId!.Value).Distinct().ToList();
        var paths = await db.Units.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Path, cancellationToken);
        return entries.Select(e =>
        {
            var path = e.UnitId is { } unit && paths.TryGetValue(unit, out var p) ? p : null;
            return new AuditEntryDto(e.Id, e.At, e.ActorKind, e.ActorId, e.ActorName, e.Action, e.EntityType, e.EntityId, e.UnitId, Redact(e.Changes, path, authorizer));
        }).ToList();
    }

    private static JsonElement Redact(string changes, string? unitPath, Authorizer authorizer)
    {
        var array = JsonNode.Parse(changes)!.AsArray();
        foreach (var change in array.OfType<JsonObject>())
        {
            if (change["entity"]?.GetValue<string>() is not { } entity || !Private.TryGetValue(entity, out var rule) || authorizer.Can(rule.Permission, unitPath))
            {
                continue;
            }

            if (change["fields"] is JsonObject fields)
            {
                foreach (var field in rule.Fields.Where(fields.ContainsKey))
                {
                    fields[field] = new JsonObject { ["old"] = Redacted, ["new"] = Redacted };
                }
            }
        }

        return JsonSerializer.SerializeToElement(array);
    }
}
