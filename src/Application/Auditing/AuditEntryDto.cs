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
