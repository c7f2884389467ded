namespace DoubleRandom.Application.Risk.Training;

/// <summary>A point of a validation curve.</summary>
public readonly record struct RiskCurvePoint(double X, double Y);
