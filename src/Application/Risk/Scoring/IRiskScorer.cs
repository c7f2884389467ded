using DoubleRandom.Application.Risk.Features;

namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>A loaded model. Not thread-safe: one per scoring run (or per request).</summary>
public interface IRiskScorer : IDisposable
{
    IReadOnlyList<string> FeatureNames { get; }

    RiskPrediction Score(RiskFeatures features, int topContributions);

    /// <summary>Scores a batch (the fast path: a million targets in batches); <paramref name="into"/> gets one prediction per row, in order.</summary>
    void Score(IReadOnlyList<RiskFeatures> batch, int topContributions, List<RiskPrediction> into);
}
