namespace DoubleRandom.Application.Inspections.FollowUps.Queries.ListOverdueFollowUps;

/// <summary>The overdue list as of <see cref="Today"/> (Asia/Shanghai): per supervising unit, with the total.</summary>
public sealed record OverdueFollowUpsDto(DateOnly Today, int Total, IReadOnlyList<OverdueUnitDto> Units);
