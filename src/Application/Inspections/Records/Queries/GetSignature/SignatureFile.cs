namespace DoubleRandom.Application.Inspections.Records.Queries.GetSignature;

/// <summary>An open signature image with its type, hash and when it was given.</summary>
public sealed record SignatureFile(Stream Content, string ContentType, string Sha256, DateTime SignedAtUtc);
