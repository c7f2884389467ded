namespace DoubleRandom.Application.Inspections.Evidence.Queries.GetEvidenceContent;

/// <summary>A stored evidence file as it is sent back.</summary>
public sealed record EvidenceContent(Stream Content, string ContentType, string FileName, string Sha256, DateTime UploadedAtUtc);
