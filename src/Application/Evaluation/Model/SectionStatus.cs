namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>Whether a section has data; when not, the reason in Chinese (printed in its place).</summary>
public sealed record SectionStatus(bool HasData, string? NoDataReason);
