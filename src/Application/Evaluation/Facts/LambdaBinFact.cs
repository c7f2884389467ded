namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>Goodness of fit of the period's draws: the population units with 0 &lt; λ &lt; 1 in [From, To), their count, expected selections Σλ and actual selections (from the prepare snapshots and the selections).</summary>
public sealed record LambdaBinFact(double From, double To, long Units, double Expected, long Observed);
