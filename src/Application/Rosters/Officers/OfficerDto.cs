using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Officers;

/// <summary>An officer as the API returns it. <c>certified</c>: holds a valid certificate today (Asia/Shanghai).</summary>
public sealed record OfficerDto(
    Guid Id,
    string Number,
    string Name,
    Guid UnitId,
    string DepartmentCode,
    OfficerStatus Status,
    bool IsLeaderEligible,
    Guid? UserId,
    IReadOnlyList<string> ExpertiseTags,
    IReadOnlyList<CertificateDto> Certificates,
    bool Certified,
    int Version,
    DateTime CreatedAtUtc,
    string CreatedBy,
    DateTime UpdatedAtUtc,
    string UpdatedBy);
