namespace DoubleRandom.Application.Rosters.Reference;

/// <summary>A GB/T 4754-2017 section (门类) and the range of its two-digit divisions (大类).</summary>
public sealed record IndustrySectionDto(string Section, string Name, int FirstDivision, int LastDivision);
