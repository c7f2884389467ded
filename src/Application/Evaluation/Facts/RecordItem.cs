namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>One item's current result on a final record.</summary>
internal sealed record RecordItem(Guid ItemId, string ItemName, string Category);
