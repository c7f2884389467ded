namespace DoubleRandom.Application.Rosters.Recusals;

/// <summary>What a draw asks before it freezes its recusal pairs.</summary>
public interface IRecusalSource
{
    /// <summary>
    /// The pairs in force on <paramref name="date"/> between these officers and these targets, by target code and officer;
    /// <paramref name="targetCodes"/> null: with any target, in no particular order (a draw filters them against its
    /// snapshot and sorts its leaves itself — hundreds of thousands of pairs once the history is long).
    /// </summary>
    Task<IReadOnlyList<ActiveRecusal>> GetActiveRecusalsAsync(
        DateOnly date, IReadOnlyCollection<Guid> officerIds, IReadOnlyCollection<string>? targetCodes, CancellationToken cancellationToken);
}
