namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>A registered model's file and what scoring needs to know of it.</summary>
/// <param name="Version">The registry version number (1, 2, 3 …) written onto the targets it scores.</param>
/// <param name="Fingerprint">The <see cref="Features.RiskFeatureSchema.Fingerprint"/> of the features it was trained on.</param>
public sealed record RiskModelFile(Guid Id, int Version, string Fingerprint, ReadOnlyMemory<byte> Bytes);
