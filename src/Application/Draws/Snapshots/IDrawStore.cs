namespace DoubleRandom.Application.Draws.Snapshots;

/// <summary>The few provider-specific statements a draw needs inside its transaction.</summary>
public interface IDrawStore
{
    /// <summary>Locks the draw row until the transaction ends (PostgreSQL <c>FOR UPDATE</c>; SQLite serialises writers anyway).</summary>
    Task LockAsync(Guid drawId, CancellationToken ct);

    /// <summary>Counts one more draw reference on each target (a referenced target cannot be deleted).</summary>
    Task AddTargetReferencesAsync(IReadOnlyCollection<string> codes, CancellationToken ct);
}
