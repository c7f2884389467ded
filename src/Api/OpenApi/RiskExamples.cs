using DoubleRandom.Application.Risk.Commands.StartTraining;
using DoubleRandom.Application.Risk.Jobs;
using DoubleRandom.Application.Risk.Registry;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Risk;

namespace DoubleRandom.Api.OpenApi;

/// <summary>The risk model's examples for <see cref="OperationExamples"/>: a training request, a running job, a registry version.</summary>
internal static class RiskExamples
{
    private static readonly Guid JobId = Guid.Parse("0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b");
    private static readonly Guid ModelId = Guid.Parse("0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2c");
    private static readonly DateTime Requested = new(2026, 12, 7, 2, 0, 0, DateTimeKind.Utc);

    public static StartTrainingCommand Training { get; } =
        new(new DateOnly(2021, 1, 1), new DateOnly(2026, 11, 30), new DateOnly(2025, 12, 1), true, ["sdca-logistic", "lightgbm"]);

    public static RiskJobDto RunningJob { get; } = new(
        JobId, RiskJobKind.Train, RiskJobStatus.Running, RiskJobStage.TrainingTrees, 48_000, 60_000, new DateOnly(2021, 1, 1),
        new DateOnly(2026, 11, 30), new DateOnly(2025, 12, 1), true, null, null, null, "analyst1", Requested, Requested.AddSeconds(1), null, false,
        null, null, Requested.AddSeconds(95));

    private static readonly RiskMetrics Validation = new(
        12_000, 148_000, 0.081, 0.079, 0.742, 0.214, 0.262, 0.071, 0.05, 0.236, 2.91,
        [new ReliabilityBin(0, 0.1, 9_100, 118_000, 0.052, 0.049), new ReliabilityBin(0.1, 0.2, 2_300, 24_000, 0.138, 0.145)]);

    public static RiskModelSummaryDto Model { get; } = new(
        ModelId, 3, "lightgbm", true, new DateOnly(2021, 1, 1), new DateOnly(2026, 11, 30), new DateOnly(2025, 12, 1), 48_000, 12_000, 3_200,
        true, Validation, "analyst1", Requested.AddMinutes(1), 412_337, "9f2c4e1a7b3d5f6e8a0c2b4d6f8e0a1c3b5d7f9e1a2c4b6d8f0e2a4c6b8d0f1e", true,
        Requested.AddMinutes(5), "analyst1");
}
