namespace DoubleRandom.Application.Draws;

/// <summary>A group as printed: officers with their unit, and the targets (approved amendments applied).</summary>
public sealed record RecordGroup(int Number, IReadOnlyList<RecordOfficer> Officers, IReadOnlyList<GroupTargetDto> Targets);
