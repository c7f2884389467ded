namespace DoubleRandom.Application.Risk.Features;

/// <summary>
/// A final inspection record as a visit: its task, draw and group, the target, the Asia/Shanghai day it started, the
/// current (corrected) result category of each item — the labels — and, for a corrected record, the categories as
/// first final (<see cref="Original"/>) and each approved correction (<see cref="Corrections"/>, in order).
/// </summary>
public sealed record RecordVisit(
    Guid TaskId, Guid DrawId, int GroupNumber, string TargetCode, DateOnly Day, IReadOnlyList<string> Categories,
    IReadOnlyList<string> Original, IReadOnlyList<(DateOnly Day, IReadOnlyList<string> Categories)> Corrections);
