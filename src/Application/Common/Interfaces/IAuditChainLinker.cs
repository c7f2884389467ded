namespace DoubleRandom.Application.Common.Interfaces;

/// <summary>
/// Links committed audit entries into the hash chain. On PostgreSQL a transaction stages its entries and
/// they are chained right after it commits, in batches (docs/audit.md, "Linking"); whoever reads the trail
/// calls this first, so a reader never misses a committed change. On SQLite entries are chained inside the
/// transaction and this does nothing.
/// </summary>
public interface IAuditChainLinker
{
    /// <summary>Links every entry committed before the call; returns how many this call linked.</summary>
    Task<long> LinkCommittedAsync(CancellationToken cancellationToken);
}
