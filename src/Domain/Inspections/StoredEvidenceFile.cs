namespace DoubleRandom.Domain.Inspections;

/// <summary>A file as it was stored: its sanitised name, sniffed type, size and SHA-256 (lowercase hex).</summary>
public sealed record StoredEvidenceFile(string FileName, string ContentType, long Size, string Sha256);
