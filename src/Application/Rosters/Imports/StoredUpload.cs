namespace DoubleRandom.Application.Rosters.Imports;

/// <summary>An upload as <see cref="IImportFileStore"/> saved it: where, its SHA-256 (lower-case hex) and its size.</summary>
public sealed record StoredUpload(string Path, string Sha256, long Bytes);
