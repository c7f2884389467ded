namespace DoubleRandom.Analytics.Evaluation;

/// <summary>Rows of one score (ties together), highest score first: their count and weights with and without a problem.</summary>
public readonly record struct ScoreGroup(double Score, long Rows, double PositiveWeight, double NegativeWeight)
{
    public double Weight => PositiveWeight + NegativeWeight;
}
