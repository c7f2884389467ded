namespace DoubleRandom.Application.Risk.Features;

/// <summary>A final inspection record as a visit: its task, draw and group, the target, the Asia/Shanghai day it started and the current (corrected) result category of each item.</summary>
public sealed record RecordVisit(Guid TaskId, Guid DrawId, int GroupNumber, string TargetCode, DateOnly Day, IReadOnlyList<string> Categories);
