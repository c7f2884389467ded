using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Auditing;

namespace DoubleRandom.Infrastructure.Persistence.Auditing;

/// <summary>Explicit entries (reads, operations), appended without touching the change tracker's pending work.</summary>
internal sealed class AuditLog(AppDbContext db, AuditChainWriter writer) : IAuditLog
{
    public Task RecordReadAsync(string entityType, string entityId, string reason, CancellationToken cancellationToken) =>
        AppendAsync(new AuditDraft(AuditDraft.Read, entityType, entityId, null, null, reason), cancellationToken);

    public Task RecordOperationAsync(
        string action, string entityType, string entityId, string? reason,
        IReadOnlyDictionary<string, object?>? details, CancellationToken cancellationToken) =>
        AppendAsync(
            new AuditDraft(action, entityType, entityId, null, details is null ? null : CanonicalJson.Object(details), reason),
            cancellationToken);

    private async Task AppendAsync(AuditDraft draft, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.Action);
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.EntityType);
        if (db.Database.CurrentTransaction is not null)
        {
            await writer.AppendAsync(db, [draft], cancellationToken);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await writer.AppendAsync(db, [draft], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
