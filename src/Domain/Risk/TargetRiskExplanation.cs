namespace DoubleRandom.Domain.Risk;

/// <summary>
/// The features that contributed most to a target's score in the last re-score (written in bulk with the scores,
/// replaced by the next one): <see cref="Contributions"/> is a JSON array of {feature, contribution, value}.
/// </summary>
public sealed class TargetRiskExplanation
{
    private TargetRiskExplanation()
    {
    }

    public TargetRiskExplanation(string targetCode, int modelVersion, string contributions)
    {
        TargetCode = targetCode;
        ModelVersion = modelVersion;
        Contributions = contributions;
    }

    public string TargetCode { get; private set; } = string.Empty;

    public int ModelVersion { get; private set; }

    public string Contributions { get; private set; } = "[]";
}
