using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Draws;

/// <summary>
/// A frozen DR1 snapshot: its leaves sorted (as DR1 hashes them), one per line, gzip-compressed.
/// A million targets fit in a few megabytes and the bundle is rebuilt from them byte for byte.
/// </summary>
public sealed class DrawSnapshot : IDrawOwned
{
    private DrawSnapshot()
    {
    }

    public Guid DrawId { get; private set; }

    Guid IDrawOwned.OwningDrawId => DrawId;

    public SnapshotKind Kind { get; private set; }

    public int LeafCount { get; private set; }

    public byte[] Data { get; private set; } = [];

    /// <summary>
    /// Targets snapshot: <c>{byte offset}|{first code}</c> per gzip member (of 4096 leaves), so one leaf is found by
    /// decompressing one member. Null for the small snapshots and for draws prepared before it was kept.
    /// </summary>
    public string? MemberIndex { get; private set; }

    public static DrawSnapshot Create(Guid drawId, SnapshotKind kind, int leafCount, byte[] data, string? memberIndex = null) =>
        new() { DrawId = drawId, Kind = kind, LeafCount = leafCount, Data = data, MemberIndex = memberIndex };
}
