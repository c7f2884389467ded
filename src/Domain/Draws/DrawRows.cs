namespace DoubleRandom.Domain.Draws;

/// <summary>Which frozen snapshot a blob holds.</summary>
public enum SnapshotKind
{
    Targets,
    Officers,
    Recusals,
}

/// <summary>
/// A frozen DR1 snapshot: its leaves sorted (as DR1 hashes them), one per line, gzip-compressed.
/// A million targets fit in a few megabytes and the bundle is rebuilt from them byte for byte.
/// </summary>
public sealed class DrawSnapshot
{
    private DrawSnapshot()
    {
    }

    public Guid DrawId { get; private set; }

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

/// <summary>One officer in one drawn group, as sealed (amendments are kept apart and never rewrite this row).</summary>
public sealed class DrawGroupMember
{
    private DrawGroupMember()
    {
    }

    public long Id { get; private set; }

    public Guid DrawId { get; private set; }

    public int GroupNumber { get; private set; }

    /// <summary>0 for the leader, then members in pick order.</summary>
    public int Position { get; private set; }

    public Guid OfficerId { get; private set; }

    public string OfficerNumber { get; private set; } = string.Empty;

    public string OfficerName { get; private set; } = string.Empty;

    public Guid UnitId { get; private set; }

    public bool IsLeader => Position == 0;

    public static DrawGroupMember Create(Guid drawId, int group, int position, Guid officerId, string number, string name, Guid unitId) =>
        new() { DrawId = drawId, GroupNumber = group, Position = position, OfficerId = officerId, OfficerNumber = number, OfficerName = name, UnitId = unitId };
}

/// <summary>One drawn target with what DR1 recorded for it (λ for Horvitz–Thompson, Q, the group), as sealed.</summary>
public sealed class DrawSelection
{
    private DrawSelection()
    {
    }

    public long Id { get; private set; }

    public Guid DrawId { get; private set; }

    public string TargetCode { get; private set; } = string.Empty;

    public string TargetName { get; private set; } = string.Empty;

    public string? TargetAddress { get; private set; }

    public string Stratum { get; private set; } = string.Empty;

    public int Weight { get; private set; }

    public double Lambda { get; private set; }

    public double? Q { get; private set; }

    /// <summary>Null when DR1 could not place it (recusals); a manual placement amendment then places it.</summary>
    public int? GroupNumber { get; private set; }

    public static DrawSelection Create(Guid drawId, string code, string name, string? address, string stratum, int weight,
        double lambda, double? q, int? group) =>
        new()
        {
            DrawId = drawId, TargetCode = code, TargetName = name, TargetAddress = address, Stratum = stratum, Weight = weight,
            Lambda = lambda, Q = q, GroupNumber = group,
        };
}

/// <summary>
/// A target claimed by a sealed non-overlap draw in a year. The unique key (year, code) is what keeps two
/// open tasks of the same year from drawing the same target, even when they are executed at the same moment.
/// </summary>
public sealed class DrawnTargetByYear
{
    private DrawnTargetByYear()
    {
    }

    public int Year { get; private set; }

    public string TargetCode { get; private set; } = string.Empty;

    public Guid DrawId { get; private set; }

    public static DrawnTargetByYear Create(int year, string code, Guid drawId) => new() { Year = year, TargetCode = code, DrawId = drawId };
}
