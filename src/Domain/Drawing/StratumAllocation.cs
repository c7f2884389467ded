namespace DoubleRandom.Domain.Drawing;

/// <summary>How many targets a stratum draws: exactly one of a ratio in basis points or a count.</summary>
public sealed record StratumAllocation(int? RatioBp, int? Count)
{
    public static StratumAllocation Ratio(int ratioBp) => new(ratioBp, null);

    public static StratumAllocation Fixed(int count) => new(null, count);

    /// <summary>n_h for a stratum of <paramref name="population"/> leaves (DR1 §3, integers only).</summary>
    public int SampleSize(int population)
    {
        long wanted = RatioBp is { } bp
            ? (((long)population * bp) + 9999) / 10000
            : Count ?? 0;
        return (int)Math.Min(population, wanted);
    }
}
