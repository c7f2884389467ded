namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>A χ² goodness-of-fit test: statistic, degrees of freedom, p-value, and the conclusion in words (Chinese).</summary>
public sealed record ChiSquareResult(double Statistic, int DegreesOfFreedom, double PValue, string Conclusion);
