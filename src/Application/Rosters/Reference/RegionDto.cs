namespace DoubleRandom.Application.Rosters.Reference;

/// <summary>A GB/T 2260 administrative division; the parent is empty for the province.</summary>
public sealed record RegionDto(string Code, string Name, string? ParentCode);
