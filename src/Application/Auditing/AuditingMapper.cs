using System.Text.Json;
using DoubleRandom.Domain.Auditing;
using Riok.Mapperly.Abstractions;

namespace DoubleRandom.Application.Auditing;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class AuditingMapper
{
    /// <summary>
    /// The stored JSON text becomes JSON values (secrets of legacy entries masked), and text that no longer parses (a
    /// tampered row) is shown as it is instead of failing the whole page; a redacted entry carries its tombstone.
    /// </summary>
    public static AuditEntryDto ToDto(this AuditEntry e) => e.ToDto(
        before: Parse(LegacySecretMask.Apply(e.HashVersion, e.EntityType, e.Before)),
        after: Parse(LegacySecretMask.Apply(e.HashVersion, e.EntityType, e.After)),
        redaction: e.RedactedAtUtc is { } at ? new AuditTombstoneDto(at, e.RedactedBy, e.RedactionReason, e.RedactionSequence) : null);

    private static partial AuditEntryDto ToDto(this AuditEntry e, JsonElement? before, JsonElement? after, AuditTombstoneDto? redaction);

    private static JsonElement? Parse(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(json);
        }
    }

    /// <summary>The roles, stored as a JSON array; text that does not parse is shown as one role.</summary>
    private static IReadOnlyList<string> ParseRoles(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<string[]>(json) ?? [];
        }
        catch (JsonException)
        {
            return [json];
        }
    }
}
