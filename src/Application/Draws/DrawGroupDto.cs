namespace DoubleRandom.Application.Draws;

public sealed record DrawGroupDto(int Number, IReadOnlyList<GroupOfficerDto> Officers, IReadOnlyList<GroupTargetDto> Targets);
