namespace DoubleRandom.Application.Evaluation;

/// <summary>Progress of one report generation: the stage (Reading, Estimating, Rendering) and the share done in [0, 100].</summary>
public readonly record struct EvaluationProgress(string Stage, int Percent);
