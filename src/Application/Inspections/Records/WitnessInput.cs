namespace DoubleRandom.Application.Inspections.Records;

/// <summary>A witness of a refusal as the client sends it: name, identity document or role, optional phone.</summary>
public sealed record WitnessInput(string? Name, string? Identity, string? Phone);
