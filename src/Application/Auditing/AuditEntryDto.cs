using System.Text.Json;
using DoubleRandom.Domain.Auditing;

namespace DoubleRandom.Application.Auditing;

/// <summary>An audit entry as the API returns it: before and after as JSON objects, roles as a list, times in UTC.</summary>
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
    string Hash);

public static class AuditEntryMapping
{
    /// <summary>
    /// Hand-written rather than Mapperly: the stored JSON text becomes JSON values, and text that no longer
    /// parses (a tampered row) is shown as it is instead of failing the whole page.
    /// </summary>
    public static AuditEntryDto ToDto(this AuditEntry e) => new(
        e.Sequence, e.OccurredAtUtc, e.ActorId, e.ActorName, ParseRoles(e.ActorRoles), e.UnitId, e.Action, e.EntityType,
        e.EntityId, Parse(e.Before), Parse(e.After), e.Reason, e.RequestId, e.ClientAddress, e.PrevHash, e.Hash);

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
