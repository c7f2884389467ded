using System.Text.Json;
using DoubleRandom.Domain.Auditing;

namespace DoubleRandom.Application.Auditing;

/// <summary>
/// An audit entry as the API returns it: before and after as JSON objects, roles as a list, times in UTC. Version 2
/// entries also carry the payload's digest and nonce (to recompute it); a redacted one carries its tombstone instead
/// of the payload.
/// </summary>
public sealed record AuditEntryDto(
    long Sequence,
    DateTime OccurredAtUtc,
    Guid? ActorId,
    string ActorName,
    IReadOnlyList<string> ActorRoles,
    Guid? UnitId,
    string Action,
    string EntityType,
    string EntityId,
    JsonElement? Before,
    JsonElement? After,
    string? Reason,
    string? RequestId,
    string? ClientAddress,
    string PrevHash,
    string Hash,
    int HashVersion = AuditHash.Version,
    string? PayloadDigest = null,
    string? PayloadNonce = null,
    AuditTombstoneDto? Redaction = null);

/// <summary>When, by whom and on what ground a payload was redacted, and which entry records it.</summary>
public sealed record AuditTombstoneDto(DateTime RedactedAtUtc, string? RedactedBy, string? Reason, long? RecordSequence);

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
