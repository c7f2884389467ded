namespace DoubleRandom.Application.Draws;

/// <summary>The drawn groups of a sealed draw, with approved amendments applied.</summary>
public sealed record DrawResultDto(
    Guid DrawId, string? ResultDigest, IReadOnlyList<DrawGroupDto> Groups, IReadOnlyList<GroupTargetDto> Unassigned);
