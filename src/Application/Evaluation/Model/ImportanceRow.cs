namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>One feature's share of the model's total mean absolute contribution.</summary>
public sealed record ImportanceRow(string Feature, string Label, double Share);
