namespace DoubleRandom.Analytics.Risk;

/// <summary>The probability alone (scoring without explanations, and evaluation).</summary>
public sealed class RiskProbabilityRow
{
    public float Probability { get; set; }
}
