using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Draws.Snapshots;

/// <summary>What the eligibility filter needs of one target; list columns are empty unless asked for.</summary>
public sealed record TargetScopeRow(
    string Code, RiskTier? RiskTier, string RegionCode, int? Weight, string? IndustrySection, string? IndustryDivision,
    string DepartmentCodes, string Tags);

/// <summary>The rows a sealed result adds.</summary>
public sealed record SealedRows(
    List<DrawGroupMember> Members, List<DrawSelection> Selections, List<DrawnTargetByYear> Claims, List<InspectionHistoryEntry> History);

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
    /// The unretired targets of the given kinds (all when empty) and statuses: up to millions of rows, so PostgreSQL
    /// reads them with a plain data reader rather than through the change-tracking materialiser.
    /// </summary>
    Task<List<TargetScopeRow>> ReadTargetsAsync(
        IReadOnlyList<TargetKind> kinds, IReadOnlyList<TargetStatus> statuses, bool withIndustry, bool withLists, CancellationToken ct);

    /// <summary>Counts one more draw reference on each target (a referenced target cannot be deleted).</summary>
    Task AddTargetReferencesAsync(IReadOnlyCollection<string> codes, CancellationToken ct);
}
