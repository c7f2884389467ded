using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Analytics.Tests.Synthetic;

/// <summary>
/// A synthetic population and the labelled rows of its past risk-weighted draws (the last round validates); targets
/// from <paramref name="FirstHeldOut"/> on were never drawn. The estimated-λ rows are the same rows with the
/// documented estimate of λ in place of the true one.
/// </summary>
public sealed record SyntheticHistory(
    IReadOnlyList<SyntheticTarget> Population, int FirstHeldOut, RiskTrainingSet Rows, IReadOnlyList<RiskExample> EstimatedLambdaTraining, IReadOnlyList<RiskExample> EstimatedLambdaValidation);
