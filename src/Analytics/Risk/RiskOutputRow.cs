namespace DoubleRandom.Analytics.Risk;

/// <summary>What a loaded model writes per row: the calibrated probability and, when asked, the contribution of every slot.</summary>
public sealed class RiskOutputRow
{
    public float Probability { get; set; }

    public float[] FeatureContributions { get; set; } = [];
}
