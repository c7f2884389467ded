using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Analytics.Tests.Synthetic;

/// <summary>A synthetic population and the labelled rows of its past risk-weighted draws (the last round validates).</summary>
public sealed record SyntheticHistory(
    IReadOnlyList<SyntheticTarget> Population, RiskTrainingSet Rows, IReadOnlyList<RiskExample> EstimatedLambdaTraining, IReadOnlyList<RiskExample> EstimatedLambdaValidation);
