namespace DoubleRandom.Domain.Inspections;

/// <summary>When and where the phone says a piece of evidence was taken (each part optional; WGS-84).</summary>
public sealed record EvidenceCapture(DateTime? CapturedAtUtc, double? Latitude, double? Longitude)
{
    public static EvidenceCapture None { get; } = new(null, null, null);
}
