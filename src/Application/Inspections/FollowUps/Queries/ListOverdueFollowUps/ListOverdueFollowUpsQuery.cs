using Mediator;

namespace DoubleRandom.Application.Inspections.FollowUps.Queries.ListOverdueFollowUps;

/// <summary>The overdue follow-ups the caller sees, grouped per supervising unit.</summary>
public sealed record ListOverdueFollowUpsQuery : IQuery<OverdueFollowUpsDto>;
