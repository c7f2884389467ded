using DoubleRandom.Application.Draws.Snapshots;
using DoubleRandom.Domain.Draws;

namespace DoubleRandom.Application.Draws;

/// <summary>The few provider-specific statements a draw needs inside its transaction.</summary>
public interface IDrawStore
{
    /// <summary>Locks the draw row until the transaction ends (PostgreSQL <c>FOR UPDATE</c>; SQLite serialises writers anyway).</summary>
    Task LockAsync(Guid drawId, CancellationToken ct);

    /// <summary>
    /// Writes the sealed rows in the caller's transaction: PostgreSQL streams them with COPY (tens of thousands of
    /// rows in milliseconds); elsewhere they join the unit of work. A (year, target) taken by another draw is a
    /// ConflictException <c>duplicate-key</c>.
    /// </summary>
    Task InsertSealedRowsAsync(SealedRows rows, CancellationToken ct);

    /// <summary>
    /// True when <see cref="ReadTargetsAsync"/> reads on a connection of its own (PostgreSQL), so it may run while the
    /// unit of work reads officers and recusals; false when it needs the unit of work's connection (SQLite).
    /// </summary>
    bool ReadsTargetsOnOwnConnection { get; }

    /// <summary>
    /// Streams the unretired targets of the collector's kinds (all when empty) and statuses into it: up to millions of
    /// rows, so PostgreSQL sends them with binary <c>COPY</c> and they are decoded from the wire bytes (it may also
    /// pre-filter by region prefix and industry; the collector checks every facet again).
    /// </summary>
    Task ReadTargetsAsync(TargetCollector into, CancellationToken ct);

    /// <summary>Bytes <paramref name="offset"/>.. of a stored snapshot (one gzip member), without reading the rest; null if there is none.</summary>
    Task<byte[]?> ReadSnapshotSliceAsync(Guid drawId, SnapshotKind kind, int offset, int length, CancellationToken ct);

    /// <summary>Counts one more draw reference on each target (a referenced target cannot be deleted).</summary>
    Task AddTargetReferencesAsync(IReadOnlyCollection<string> codes, CancellationToken ct);
}
