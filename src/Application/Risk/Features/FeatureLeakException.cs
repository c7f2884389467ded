using DoubleRandom.Application.Common.Localization;

namespace DoubleRandom.Application.Risk.Features;

/// <summary>
/// A fact dated on or after a row's <see cref="RiskFeatures.AsOf"/> was offered to its features: what the visit found (or
/// anything later) would leak into what the model learns to predict it from. Thrown by <see cref="PreVisitFacts"/>, the
/// one place every dated fact passes; a bug in a reader, never a user's error.
/// </summary>
public sealed class FeatureLeakException(string fact, DateOnly dated, DateOnly asOf) : InvalidOperationException(Text.Of(
    $"风险特征泄漏：{fact}（{dated:yyyy-MM-dd}）不早于特征日期 {asOf:yyyy-MM-dd}，不能用于该日的特征",
    $"Feature leak: {fact} dated {dated:yyyy-MM-dd} is not before the features' day {asOf:yyyy-MM-dd} and cannot describe it."))
{
    public string Fact { get; } = fact;

    public DateOnly Dated { get; } = dated;

    public DateOnly AsOf { get; } = asOf;
}
