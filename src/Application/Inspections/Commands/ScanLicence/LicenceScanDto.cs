using DoubleRandom.Domain.Inspections;

namespace DoubleRandom.Application.Inspections.Commands.ScanLicence;

/// <summary>
/// What a licence photo told: the code and where it came from, whether its GB 32100 check character holds, the name as
/// read (OCR only), the roster entry, the caller's open assignments of that target, and a sentence saying what it means.
/// </summary>
public sealed record LicenceScanDto(
    LicenceScanSource Source,
    string Code,
    bool CodeValid,
    string? Name,
    LicenceScanTargetDto? Target,
    IReadOnlyList<LicenceScanAssignmentDto> Assignments,
    LicenceScanStatus Status,
    string Message);
