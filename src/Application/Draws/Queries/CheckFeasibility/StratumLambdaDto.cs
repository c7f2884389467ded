namespace DoubleRandom.Application.Draws.Queries.CheckFeasibility;

/// <summary>
/// One stratum's smallest inclusion probability λ as a draw now would record it (DR1 §6: n'·w/W after take-all), and in
/// score mode the floor α·n/N it never goes below (#16).
/// </summary>
public sealed record StratumLambdaDto(string Stratum, int Population, int SampleSize, double MinimumLambda, double? Floor);
