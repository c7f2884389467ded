namespace DoubleRandom.Application.Risk.Training;

/// <summary>The rows of one training, split by time, and what was estimated on the way.</summary>
/// <param name="EstimatedWeightRows">Rows whose λ was unknown and estimated (flagged on each row too).</param>
public sealed record RiskTrainingSet(
    RiskDataRange Range, IReadOnlyList<RiskExample> Training, IReadOnlyList<RiskExample> Validation, int EstimatedWeightRows);
