using DoubleRandom.Application.Draws;

namespace DoubleRandom.Application.Inspections;

/// <summary>A target of one of the user's effective groups, with the group it belongs to.</summary>
public sealed record TargetAssignment(GroupAssignment Group, GroupTargetDto Target);
