using System.Text.Json;
using DoubleRandom.Domain.Auditing;

namespace DoubleRandom.Application.Auditing;

public static class AuditEntryMapping
{
    /// <summary>
    /// Hand-written rather than Mapperly: the stored JSON text becomes JSON values, and text that no longer
    /// parses (a tampered row) is shown as it is instead of failing the whole page.
    /// </summary>
    public static AuditEntryDto ToDto(this AuditEntry e) => new(
        e.Sequence, e.OccurredAtUtc, e.ActorId, e.ActorName, ParseRoles(e.ActorRoles), e.UnitId, e.Action, e.EntityType,
        e.EntityId, Parse(LegacySecretMask.Apply(e.HashVersion, e.EntityType, e.Before)),
        Parse(LegacySecretMask.Apply(e.HashVersion, e.EntityType, e.After)), e.Reason, e.RequestId, e.ClientAddress, e.PrevHash, e.Hash,
        e.HashVersion, e.PayloadDigest, e.PayloadNonce,
        e.RedactedAtUtc is { } at ? new AuditTombstoneDto(at, e.RedactedBy, e.RedactionReason, e.RedactionSequence) : null);

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

    private static string[] ParseRoles(string json)
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
