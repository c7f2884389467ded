using DoubleRandom.Domain.Inspections;

namespace DoubleRandom.Application.Inspections.Records;

/// <summary>
/// The target's acknowledgement (§6.2.5): <c>none</c> yet, <c>signed</c> (the signature image's SHA-256 and type; download
/// it from …/acknowledgement/signature) or <c>refused</c> (reason and witnesses).
/// </summary>
public sealed record AcknowledgementDto(
    AcknowledgementKind Kind, string? SignatureSha256, string? SignatureContentType, string? RefusalReason, IReadOnlyList<WitnessDto> Witnesses,
    string? AcknowledgedBy, DateTime? AcknowledgedAtUtc);
