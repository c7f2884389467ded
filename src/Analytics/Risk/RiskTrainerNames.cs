namespace DoubleRandom.Analytics.Risk;

/// <summary>The trainers the engine compares (the names the registry stores).</summary>
public static class RiskTrainerNames
{
    /// <summary>ML.NET SDCA logistic regression on one-hot and min–max scaled features: a calibrated linear model.</summary>
    public const string SdcaLogistic = "sdca-logistic";

    /// <summary>ML.NET LightGbm binary (gradient-boosted trees, log-loss objective).</summary>
    public const string LightGbm = "lightgbm";

    public static IReadOnlyList<string> All { get; } = [SdcaLogistic, LightGbm];
}
