using DoubleRandom.Domain.Auditing;
using FluentValidation;

namespace DoubleRandom.Application.Auditing;

/// <summary>Which audit entries a list, an export or an operation log shows. Every criterion is optional; they combine with AND.</summary>
/// <param name="Actor">The actor's name, exactly (e.g. <c>anonymous</c>, <c>system</c>, a user name).</param>
/// <param name="ActorId">The actor's user id.</param>
/// <param name="Action"><c>create</c>, <c>update</c>, <c>delete</c>, <c>read</c> or an operation name such as <c>draw.witness</c>.</param>
/// <param name="EntityType">The record type, e.g. <c>BranchUnit</c> or <c>Draw</c>.</param>
/// <param name="EntityId">The record's id (requires nothing else).</param>
/// <param name="UnitId">The branch unit the actor acted for.</param>
/// <param name="From">Entries at or after this time (ISO 8601 with offset, e.g. <c>2026-11-26T00:00:00+08:00</c>).</param>
/// <param name="To">Entries before this time.</param>
/// <param name="FromSequence">Entries with this sequence number or later.</param>
/// <param name="ToSequence">Entries with this sequence number or earlier.</param>
public sealed record AuditFilter(
    string? Actor = null, Guid? ActorId = null, string? Action = null, string? EntityType = null, string? EntityId = null,
    Guid? UnitId = null, DateTimeOffset? From = null, DateTimeOffset? To = null, long? FromSequence = null, long? ToSequence = null)
{
    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (!string.IsNullOrEmpty(Actor))
        {
            entries = entries.Where(e => e.ActorName == Actor);
        }

        if (ActorId is { } actorId)
        {
            entries = entries.Where(e => e.ActorId == actorId);
        }

        if (!string.IsNullOrEmpty(Action))
        {
            entries = entries.Where(e => e.Action == Action);
        }

        if (!string.IsNullOrEmpty(EntityType))
        {
            entries = entries.Where(e => e.EntityType == EntityType);
        }

        if (!string.IsNullOrEmpty(EntityId))
        {
            entries = entries.Where(e => e.EntityId == EntityId);
        }

        if (UnitId is { } unitId)
        {
            entries = entries.Where(e => e.UnitId == unitId);
        }

        if (From is { } from)
        {
            var fromUtc = from.UtcDateTime;
            entries = entries.Where(e => e.OccurredAtUtc >= fromUtc);
        }

        if (To is { } to)
        {
            var toUtc = to.UtcDateTime;
            entries = entries.Where(e => e.OccurredAtUtc < toUtc);
        }

        if (FromSequence is { } first)
        {
            entries = entries.Where(e => e.Sequence >= first);
        }

        if (ToSequence is { } last)
        {
            entries = entries.Where(e => e.Sequence <= last);
        }

        return entries;
    }
}
