using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Inspections.Commands.ScanLicence;

/// <summary>Reads a photographed business licence (QR code, else OCR) and tells which of the caller's assignments it is.</summary>
[Unscoped("names no record: the answer lists only the caller's own assignments, and the roster is readable by everyone")]
public sealed record ScanLicenceCommand(byte[] Image) : ICommand<LicenceScanDto>;
