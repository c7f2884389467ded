using DoubleRandom.Application.Evaluation.Commands.GenerateEvaluationReport;
using DoubleRandom.Application.Evaluation.Jobs;
using DoubleRandom.Domain.Evaluation;

namespace DoubleRandom.Api.OpenApi;

/// <summary>The evaluation reports' examples for <see cref="OperationExamples"/>: a request for 2026 and its job, queued and succeeded.</summary>
internal static class EvaluationReportExamples
{
    private static readonly Guid JobId = Guid.Parse("0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1b01");
    private static readonly DateTime Requested = new(2026, 12, 7, 2, 0, 0, DateTimeKind.Utc);

    public static GenerateEvaluationReportCommand Request { get; } = new(2026, null, null, null, [], ["SCJG"], ["F", "H"]);

    public static EvaluationReportJobDto Queued { get; } = new(
        JobId, EvaluationReportStatus.Queued, "Queued", 0, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "2026年",
        new EvaluationScopeDto([], ["SCJG"], ["F", "H"]), "analyst1", Requested, null, null, null, false, null, null, null, null, [], null, null);

    public static EvaluationReportJobDto Succeeded { get; } = Queued with
    {
        Status = EvaluationReportStatus.Succeeded,
        Stage = "Finished",
        Percent = 100,
        StartedAtUtc = Requested.AddSeconds(1),
        FinishedAtUtc = Requested.AddSeconds(9),
        HeartbeatAtUtc = Requested.AddSeconds(9),
        Fingerprint = "5d1f0c8e2a4b6d8f0e2a4c6b8d0f1e3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d",
        DataDigest = "9f2c4e1a7b3d5f6e8a0c2b4d6f8e0a1c3b5d7f9e1a2c4b6d8f0e2a4c6b8d0f1e",
        ModelVersion = 3,
        Files =
        [
            new EvaluationReportFileDto("html", "3b5d7f9e1a2c4b6d8f0e2a4c6b8d0f1e9f2c4e1a7b3d5f6e8a0c2b4d6f8e0a1c", 412_337),
            new EvaluationReportFileDto("pdf", "e8a0c2b4d6f8e0a1c3b5d7f9e1a2c4b6d8f0e2a4c6b8d0f1e9f2c4e1a7b3d5f6", 1_204_551),
        ],
    };
}
