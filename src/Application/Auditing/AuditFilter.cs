using DoubleRandom.Application.Common.Localization;
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

/// <summary>A query that filters the audit trail.</summary>
public interface IAuditFilterQuery
{
    AuditFilter Filter { get; }
}

public static class AuditFilterRules
{
    /// <summary>The filter's rules, reported under the query-string names the client used (<c>actor</c>, <c>to</c>, …).</summary>
    public static void AddAuditFilterRules<T>(this AbstractValidator<T> validator)
        where T : IAuditFilterQuery
    {
        validator.RuleFor(q => q.Filter).NotNull().OverridePropertyName("query");
        validator.RuleFor(q => q.Filter.Actor).MaximumLength(100).OverridePropertyName("actor");
        validator.RuleFor(q => q.Filter.Action).MaximumLength(64)
            .Matches("^[a-z][a-z0-9._-]*$").OverridePropertyName("action")
            .WithMessage(_ => Text.Of("操作名由小写字母、数字及 . _ - 组成，如 update、draw.witness",
                "An action is lower-case letters, digits and . _ - (e.g. update, draw.witness)."));
        validator.RuleFor(q => q.Filter.EntityType).MaximumLength(100)
            .Matches("^[A-Za-z][A-Za-z0-9_.]*$").OverridePropertyName("entityType")
            .WithMessage(_ => Text.Of("记录类型为字母开头的标识符，如 BranchUnit、Draw",
                "An entity type is an identifier such as BranchUnit or Draw."));
        validator.RuleFor(q => q.Filter.EntityId).MaximumLength(200).OverridePropertyName("entityId");
        validator.RuleFor(q => q.Filter.FromSequence).GreaterThanOrEqualTo(1).OverridePropertyName("fromSequence");
        validator.RuleFor(q => q.Filter.ToSequence).GreaterThanOrEqualTo(1).OverridePropertyName("toSequence");
        validator.RuleFor(q => q.Filter.To)
            .Must((q, to) => q.Filter.From is null || to is null || to > q.Filter.From)
            .OverridePropertyName("to")
            .WithMessage(_ => Text.Of("结束时间必须晚于开始时间", "'to' must be later than 'from'."));
        validator.RuleFor(q => q.Filter.ToSequence)
            .Must((q, last) => q.Filter.FromSequence is null || last is null || last >= q.Filter.FromSequence)
            .OverridePropertyName("toSequence")
            .WithMessage(_ => Text.Of("结束序号不能小于起始序号", "'toSequence' must not be less than 'fromSequence'."));
    }
}
