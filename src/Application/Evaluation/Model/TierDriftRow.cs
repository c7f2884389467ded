namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>The tier distribution (shares) at one moment.</summary>
public sealed record TierDriftRow(string Label, DateTime AtUtc, double A, double B, double C, double D, double None);
