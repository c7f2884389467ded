namespace DoubleRandom.Application.Risk.Training;

/// <summary>
/// Validation metrics, every one computed with the rows' weights 1/λ (ML.NET's evaluators take none): the population
/// the model will score, not the inspected sample, is what they describe.
/// </summary>
/// <param name="PrecisionAtBudget">Weighted problem rate among the top <paramref name="BudgetShare"/> of the weight by score.</param>
/// <param name="LiftAtBudget"><paramref name="PrecisionAtBudget"/> over the weighted overall rate (1 = no better than uniform drawing).</param>
public sealed record RiskMetrics(
    long Rows,
    double WeightSum,
    double ObservedRate,
    double MeanPredicted,
    double Auc,
    double PrAuc,
    double LogLoss,
    double Brier,
    double BudgetShare,
    double PrecisionAtBudget,
    double LiftAtBudget,
    IReadOnlyList<ReliabilityBin> Reliability);
