namespace DoubleRandom.Application.Risk.Queries.GetRiskModelFile;

/// <summary>A model file to download, its registered SHA-256 (the ETag) and when it was trained.</summary>
public sealed record RiskModelDownload(int Version, byte[] Content, string Sha256, DateTime TrainedAtUtc);
