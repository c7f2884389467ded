namespace DoubleRandom.Domain.Rosters;

public sealed record ImportOutcome(
    ImportJobStatus Status, long RowsDone, long Inserted, long Updated, long Unchanged, long ErrorCount,
    string? Encoding, string? Message);
