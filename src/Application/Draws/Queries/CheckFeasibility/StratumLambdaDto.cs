namespace DoubleRandom.Application.Draws.Queries.CheckFeasibility;

/// <summary>
/// One stratum's smallest inclusion probability λ as a draw now would record it (DR1 §6: n'·w/W after take-all), and in
/// score mode the floor α·n/N it never goes below (#16). A tier present in the scope that no stratum takes is listed under
/// the tier's name (A, B, C, D, U) with its target count, sample size 0 and λ = 0: it would never be drawn.
/// </summary>
public sealed record StratumLambdaDto(string Stratum, int Population, int SampleSize, double MinimumLambda, double? Floor);
