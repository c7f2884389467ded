namespace DoubleRandom.Domain.Risk;

/// <summary>
/// A training or scoring of the risk model, run in the background by one worker. One risk job is unfinished at a time
/// for the deployment (the bureau): a partial unique index on <see cref="Lane"/> over the queued and running rows
/// refuses a second in the database, not only in memory. Its progress (stage, rows) is stored as it goes (throttled),
/// so another request or instance sees it; a cancellation is cooperative (<see cref="CancelRequested"/>).
/// </summary>
public sealed class RiskJob
{
    public const int StageMaxLength = 32;
    public const int ErrorCodeMaxLength = 64;
    public const int ErrorMessageMaxLength = 2000;
    public const int NameMaxLength = 100;
    public const int ParametersMaxLength = 4000;

    /// <summary>The one lane every risk job runs in (one bureau per deployment): the unique key of the unfinished job.</summary>
    public const string BureauLane = "bureau";

    private RiskJob()
    {
    }

    public Guid Id { get; private set; }

    public RiskJobKind Kind { get; private set; }

    public RiskJobStatus Status { get; private set; }

    /// <summary>The stage's name (Application's <c>RiskJobStage</c>), e.g. <c>ReadingRows</c>.</summary>
    public string Stage { get; private set; } = "Queued";

    public long RowsDone { get; private set; }

    public long? RowsTotal { get; private set; }

    /// <summary>Always <see cref="BureauLane"/>: the partial unique index's key.</summary>
    public string Lane { get; private set; } = BureauLane;

    /// <summary>A training's data range (null for a scoring).</summary>
    public DateOnly? DataFrom { get; private set; }

    public DateOnly? DataTo { get; private set; }

    public DateOnly? ValidationFrom { get; private set; }

    /// <summary>Whether a training weights its rows by 1/λ.</summary>
    public bool Weighted { get; private set; }

    /// <summary>The other settings as JSON (trainers, seed, budget share), for the record.</summary>
    public string Parameters { get; private set; } = "{}";

    /// <summary>A training: the registry version it produced; a scoring: the model it scored with.</summary>
    public Guid? ModelId { get; private set; }

    /// <summary>A scoring: the re-score (tier moves) it recorded.</summary>
    public Guid? RescoreId { get; private set; }

    public string RequestedBy { get; private set; } = string.Empty;

    public Guid? RequestedByUserId { get; private set; }

    public DateTime RequestedAtUtc { get; private set; }

    public DateTime? StartedAtUtc { get; private set; }

    public DateTime? FinishedAtUtc { get; private set; }

    /// <summary>
    /// When the process running the job last wrote its row (set at its start, then about once a second by the progress
    /// store). A queued or running job whose heartbeat (or request, while queued) is older than the stale limit has no
    /// process left: it is marked interrupted when a new job is asked for or it is cancelled.
    /// </summary>
    public DateTime? HeartbeatAtUtc { get; private set; }

    public bool CancelRequested { get; private set; }

    public string? CancelledBy { get; private set; }

    public string? ErrorCode { get; private set; }

    public string? ErrorMessage { get; private set; }

    public bool IsFinished => IsFinal(Status);

    /// <summary>Unfinished, and its process has not written the row since <paramref name="staleBeforeUtc"/>.</summary>
    public bool IsStale(DateTime staleBeforeUtc) => !IsFinished && (HeartbeatAtUtc ?? RequestedAtUtc) < staleBeforeUtc;

    public static bool IsFinal(RiskJobStatus status) => status is RiskJobStatus.Succeeded or RiskJobStatus.Failed or RiskJobStatus.Cancelled;

    public static RiskJob QueueTraining(
        DateOnly from, DateOnly to, DateOnly validationFrom, bool weighted, string parameters, string requestedBy, Guid? userId, DateTime utcNow) => new()
        {
            Id = Guid.CreateVersion7(), Kind = RiskJobKind.Train, Status = RiskJobStatus.Queued, DataFrom = from, DataTo = to,
            ValidationFrom = validationFrom, Weighted = weighted, Parameters = parameters, RequestedBy = requestedBy,
            RequestedByUserId = userId, RequestedAtUtc = utcNow,
        };

    public static RiskJob QueueScoring(Guid modelId, string requestedBy, Guid? userId, DateTime utcNow) => new()
    {
        Id = Guid.CreateVersion7(), Kind = RiskJobKind.Score, Status = RiskJobStatus.Queued, ModelId = modelId, Weighted = true,
        RequestedBy = requestedBy, RequestedByUserId = userId, RequestedAtUtc = utcNow,
    };

    public void Start(string stage, DateTime utcNow)
    {
        Status = RiskJobStatus.Running;
        Stage = stage;
        StartedAtUtc = utcNow;
        HeartbeatAtUtc = utcNow;
    }

    public void Advance(string stage, long rowsDone, long? rowsTotal)
    {
        Stage = stage;
        RowsDone = rowsDone;
        RowsTotal = rowsTotal;
    }

    /// <summary>A queued job is cancelled at once; a running one is asked to stop (it stops at its next check).</summary>
    public void RequestCancel(string by, DateTime utcNow)
    {
        CancelRequested = true;
        CancelledBy = by;
        if (Status == RiskJobStatus.Queued)
        {
            Cancel(utcNow);
        }
    }

    public void Cancel(DateTime utcNow)
    {
        Status = RiskJobStatus.Cancelled;
        FinishedAtUtc = utcNow;
    }

    public void Succeed(Guid? modelId, Guid? rescoreId, string stage, DateTime utcNow)
    {
        Status = RiskJobStatus.Succeeded;
        ModelId = modelId ?? ModelId;
        RescoreId = rescoreId;
        Stage = stage;
        FinishedAtUtc = utcNow;
    }

    public void Fail(string code, string message, DateTime utcNow)
    {
        Status = RiskJobStatus.Failed;
        ErrorCode = code;
        ErrorMessage = message.Length > ErrorMessageMaxLength ? message[..ErrorMessageMaxLength] : message;
        FinishedAtUtc = utcNow;
    }
}
