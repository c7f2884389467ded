namespace DoubleRandom.Application.Inspections.Assignments;

/// <summary>
/// A target to inspect: code, name, address and contact (the legal representative in the roster, when it has one), and
/// the record of it when there is one (id, version for If-Match, whether the target acknowledged).
/// </summary>
public sealed record AssignmentTargetDto(
    string Code, string Name, string? Address, string? Contact, Guid? RecordId, int? RecordVersion, bool Acknowledged);
