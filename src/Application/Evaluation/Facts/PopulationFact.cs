namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>Coverage of one key of a dimension ("tier", "region", "industry") in the period: live targets in scope at the period's end, distinct targets drawn in the period's sealed draws, and distinct targets inspected (final record).</summary>
public sealed record PopulationFact(string Dimension, string Key, long Population, long Drawn, long Inspected);
