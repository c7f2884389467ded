namespace DoubleRandom.Application.Inspections.Commands.ScanLicence;

/// <summary>An open task in which the scanned target is assigned to the caller's group.</summary>
public sealed record LicenceScanAssignmentDto(Guid TaskId, string TaskName, int GroupNumber);
