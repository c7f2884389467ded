namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>What one re-score did: its record's id, how many targets it scored and how many changed tier.</summary>
public sealed record RescoreOutcome(Guid RescoreId, long TargetsScored, long Moves);
