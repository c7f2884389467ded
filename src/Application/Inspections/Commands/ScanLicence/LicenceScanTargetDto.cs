using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Inspections.Commands.ScanLicence;

/// <summary>The roster entry a scanned code matches.</summary>
public sealed record LicenceScanTargetDto(
    string Code, string Name, TargetKind Kind, string? LegalRepresentative, string? Address, string RegionCode, TargetStatus Status);
