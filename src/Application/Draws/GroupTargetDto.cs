namespace DoubleRandom.Application.Draws;

public sealed record GroupTargetDto(string Code, string Name, string? Address, string Stratum, double Lambda, bool ByAmendment);
