namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>An estimate with its standard error and its 95 % interval (clamped to [0, 1] for a rate).</summary>
public sealed record ConfidenceInterval(double Estimate, double StandardError, double Low, double High);
