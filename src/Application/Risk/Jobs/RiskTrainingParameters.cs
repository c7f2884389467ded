namespace DoubleRandom.Application.Risk.Jobs;

/// <summary>The settings of a training job besides its range and weighting, kept as JSON on the job.</summary>
public sealed record RiskTrainingParameters(IReadOnlyList<string> Trainers, int Seed, double BudgetShare);
