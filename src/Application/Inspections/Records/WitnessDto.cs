namespace DoubleRandom.Application.Inspections.Records;

/// <summary>A witness of a refusal to sign.</summary>
public sealed record WitnessDto(string Name, string Identity, string? Phone);
