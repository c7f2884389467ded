namespace DoubleRandom.Application.Draws;

/// <summary>One row of the record's strata table: the stratum in words, N_h, the ratio or count, and n_h.</summary>
public sealed record RecordStratum(string Stratum, int Population, string Rule, int Drawn);
