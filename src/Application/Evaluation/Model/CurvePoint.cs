namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>A point of a curve: (false-positive rate, true-positive rate) for ROC, (recall, precision) for PR.</summary>
public sealed record CurvePoint(double X, double Y);
