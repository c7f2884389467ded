namespace DoubleRandom.Application.Inspections.FollowUps.Queries.ListOverdueFollowUps;

/// <summary>One supervising unit's overdue follow-ups, earliest deadline first.</summary>
public sealed record OverdueUnitDto(Guid UnitId, string UnitName, int Count, IReadOnlyList<FollowUpDto> Items);
