namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>A final inspection record of a drawn target: its current (corrected) results, one per item.</summary>
internal sealed record FinalRecord(Guid DrawId, string TargetCode, IReadOnlyList<RecordItem> Items);
