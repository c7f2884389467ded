namespace DoubleRandom.Application.Inspections.Scanning;

/// <summary>An 18-character code read from a licence, and whether its GB 32100 check character holds.</summary>
public sealed record LicenceCodeReading(string Code, bool IsValid);
