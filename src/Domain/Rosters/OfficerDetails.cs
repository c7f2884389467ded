namespace DoubleRandom.Domain.Rosters;

public sealed record OfficerDetails(
    string Name,
    Guid UnitId,
    string DepartmentCode,
    OfficerStatus Status,
    bool IsLeaderEligible,
    Guid? UserId,
    IReadOnlyList<string> ExpertiseTags,
    IReadOnlyList<EnforcementCertificate> Certificates);
