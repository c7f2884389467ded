namespace DoubleRandom.Application.Risk.Training;

/// <summary>
/// How to train: with the 1/λ weights (the default; false only to show what the weights correct), which trainers to
/// compare (empty: all the engine knows), the seed, and the inspection budget — the share of the population an
/// inspection round can visit — at which precision and lift are reported.
/// </summary>
public sealed record RiskTrainingSettings(bool Weighted, IReadOnlyList<string> Trainers, int Seed, double BudgetShare)
{
    public static RiskTrainingSettings Default { get; } = new(true, [], 1, 0.05);
}
