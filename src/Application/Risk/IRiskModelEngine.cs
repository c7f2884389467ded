using DoubleRandom.Application.Risk.Scoring;
using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Application.Risk;

/// <summary>
/// The machine-learning side of the risk model (implemented with ML.NET in the Analytics project): trains and
/// compares trainers on weighted rows, and loads a stored model file to score with.
/// </summary>
public interface IRiskModelEngine
{
    /// <summary>The trainers it compares, e.g. <c>sdca-logistic</c>, <c>lightgbm</c>.</summary>
    IReadOnlyList<string> Trainers { get; }

    Task<RiskTrainingOutcome> TrainAsync(
        RiskTrainingSet data, RiskTrainingSettings settings, IProgress<RiskJobProgress>? progress, CancellationToken ct);

    /// <summary>Loads a model file written by <see cref="TrainAsync"/>; <see cref="RiskModelFormatException"/> when it is not one.</summary>
    IRiskScorer Load(ReadOnlyMemory<byte> modelFile);
}
