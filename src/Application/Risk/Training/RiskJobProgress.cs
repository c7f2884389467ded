namespace DoubleRandom.Application.Risk.Training;

/// <summary>Progress of a training or scoring job: its stage, rows done and, when known, of how many.</summary>
public sealed record RiskJobProgress(RiskJobStage Stage, long RowsDone, long? RowsTotal);
