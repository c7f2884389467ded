using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Risk;

namespace DoubleRandom.Application.Risk.Jobs;

/// <summary>
/// A training or scoring job and its progress: the stage it is in (<c>readingRows</c>, <c>trainingLinear</c>,
/// <c>trainingTrees</c>, <c>evaluating</c>, <c>saving</c>; <c>readingTargets</c>, <c>scoring</c>, <c>writingScores</c>),
/// rows done and, when known, of how many; for a training its data range, and when it succeeded the registry version it
/// produced; for a scoring the model it scored with and the re-score it recorded; a failure's code and message (a fixed
/// text, never an exception's); when its process last wrote the row (<see cref="HeartbeatAtUtc"/>, about once a second
/// while it runs).
/// </summary>
public sealed record RiskJobDto(
    Guid Id,
    RiskJobKind Kind,
    RiskJobStatus Status,
    RiskJobStage Stage,
    long RowsDone,
    long? RowsTotal,
    DateOnly? DataFrom,
    DateOnly? DataTo,
    DateOnly? ValidationFrom,
    bool Weighted,
    Guid? ModelId,
    int? ModelVersion,
    Guid? RescoreId,
    string RequestedBy,
    DateTime RequestedAtUtc,
    DateTime? StartedAtUtc,
    DateTime? FinishedAtUtc,
    bool CancelRequested,
    string? ErrorCode,
    string? ErrorMessage,
    DateTime? HeartbeatAtUtc)
{
    public static RiskJobDto From(RiskJob job, int? modelVersion)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new(job.Id, job.Kind, job.Status, Enum.TryParse<RiskJobStage>(job.Stage, out var stage) ? stage : RiskJobStage.Queued,
            job.RowsDone, job.RowsTotal, job.DataFrom, job.DataTo, job.ValidationFrom, job.Weighted, job.ModelId, modelVersion, job.RescoreId,
            job.RequestedBy, job.RequestedAtUtc, job.StartedAtUtc, job.FinishedAtUtc, job.CancelRequested, job.ErrorCode, job.ErrorMessage,
            job.HeartbeatAtUtc);
    }
}
