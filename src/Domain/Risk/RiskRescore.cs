using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Risk;

/// <summary>
/// One scoring of every active target with a model version: the one audited record of the operation (the targets'
/// own rows are written in bulk without an entry each). Written once, when the scoring commits; never changed.
/// </summary>
public sealed class RiskRescore : Entity
{
    private RiskRescore()
    {
    }

    public Guid ModelId { get; private set; }

    /// <summary>The registry version number written onto the targets as their <c>RiskModelVersion</c>.</summary>
    public int ModelVersion { get; private set; }

    public Guid JobId { get; private set; }

    public DateTime StartedAtUtc { get; private set; }

    public DateTime FinishedAtUtc { get; private set; }

    public Guid? ScoredById { get; private set; }

    public string ScoredByName { get; private set; } = string.Empty;

    public long TargetsScored { get; private set; }

    /// <summary>Targets whose tier changed.</summary>
    public long TargetsMoved { get; private set; }

    /// <summary>The cut-off setting used (mode and its three values as configured).</summary>
    public RiskTierCutoffMode CutoffMode { get; private set; }

    public double CutoffFirst { get; private set; }

    public double CutoffSecond { get; private set; }

    public double CutoffThird { get; private set; }

    /// <summary>The probability thresholds applied (equal to the configured values in threshold mode; the population's quantiles otherwise).</summary>
    public double ThresholdFirst { get; private set; }

    public double ThresholdSecond { get; private set; }

    public double ThresholdThird { get; private set; }

    /// <summary>Counts per (old tier and its source, new tier), the unchanged included.</summary>
    public IReadOnlyList<RiskTierMove> Moves { get; private set; } = [];

    public static RiskRescore Record(
        Guid modelId, int modelVersion, Guid jobId, DateTime startedAtUtc, DateTime finishedAtUtc, Guid? scoredById, string scoredByName,
        RiskTierCutoffs cutoffs, (double First, double Second, double Third) thresholds, IReadOnlyList<RiskTierMove> moves)
    {
        ArgumentNullException.ThrowIfNull(cutoffs);
        ArgumentNullException.ThrowIfNull(moves);
        return new RiskRescore
        {
            ModelId = modelId,
            ModelVersion = modelVersion,
            JobId = jobId,
            StartedAtUtc = startedAtUtc,
            FinishedAtUtc = finishedAtUtc,
            ScoredById = scoredById,
            ScoredByName = scoredByName,
            TargetsScored = moves.Sum(m => m.Count),
            TargetsMoved = moves.Where(m => m.Changed).Sum(m => m.Count),
            CutoffMode = cutoffs.Mode,
            CutoffFirst = cutoffs.First,
            CutoffSecond = cutoffs.Second,
            CutoffThird = cutoffs.Third,
            ThresholdFirst = thresholds.First,
            ThresholdSecond = thresholds.Second,
            ThresholdThird = thresholds.Third,
            Moves = [.. moves.OrderBy(m => m.From.HasValue).ThenBy(m => m.From).ThenBy(m => m.FromModel).ThenBy(m => m.To)],
        };
    }
}
