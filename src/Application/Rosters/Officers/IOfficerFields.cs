using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Officers;

public interface IOfficerFields
{
    string? Name { get; }

    Guid? UnitId { get; }

    string? DepartmentCode { get; }

    OfficerStatus? Status { get; }

    bool? IsLeaderEligible { get; }

    Guid? UserId { get; }

    IReadOnlyList<string>? ExpertiseTags { get; }

    IReadOnlyList<CertificateDto>? Certificates { get; }
}
