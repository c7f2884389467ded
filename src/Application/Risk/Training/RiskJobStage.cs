namespace DoubleRandom.Application.Risk.Training;

/// <summary>Where a training or scoring job is.</summary>
public enum RiskJobStage
{
    Queued,

    ReadingRows,

    TrainingLinear,

    TrainingTrees,

    Evaluating,

    Saving,

    ReadingTargets,

    Scoring,

    WritingScores,

    Finished,
}
