namespace DoubleRandom.Domain.Drawing;

/// <summary>The parameters P of a DR1 draw (§3). Their canonical JSON is hashed into the seed.</summary>
public sealed record Dr1Parameters(
    string TaskId,
    string DrawId,
    IReadOnlyDictionary<string, StratumAllocation> Allocation,
    int Groups,
    int OfficersPerGroup,
    int TargetsPerGroup,
    int MinCertifiedPerGroup,
    IReadOnlyList<string> RequiredDepartments)
{
    public const string Protocol = "DR1";

    /// <summary>Stratum keys in ordinal order, the order of the N result lines.</summary>
    public IReadOnlyList<string> StratumKeys() =>
        [.. Allocation.Keys.Order(StringComparer.Ordinal)];

    /// <summary>N_h and n_h for every allocated stratum, computed from the targets snapshot.</summary>
    public IReadOnlyList<StratumSize> StratumSizes(IReadOnlyList<TargetLeaf> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            counts[target.Stratum] = counts.GetValueOrDefault(target.Stratum) + 1;
        }

        return
        [
            .. StratumKeys().Select(key =>
            {
                var population = counts.GetValueOrDefault(key);
                return new StratumSize(key, population, Allocation[key].SampleSize(population));
            }),
        ];
    }
}
