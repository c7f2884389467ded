namespace DoubleRandom.Domain.Evaluation;

/// <summary>
/// One generation of a regulation-effect evaluation report (#17), run in the background, and its stored result: the
/// period and scope asked for, progress (stage, percent, heartbeat), the inputs' fingerprint (schema, period, scope,
/// active model version, data digest), the report's figures as JSON (schema <c>er-1</c>) and, through
/// <see cref="EvaluationReportFile"/>, its PDF and HTML. A job whose fingerprint matches an earlier succeeded one reuses
/// that job's figures and files (<see cref="ReusedFromId"/>): a rerun on the same data produces the same figures.
/// </summary>
public sealed class EvaluationReportJob
{
    public const int StageMaxLength = 32;
    public const int LabelMaxLength = 64;
    public const int ScopeMaxLength = 16_000;
    public const int NameMaxLength = 100;
    public const int HashLength = 64;
    public const int ErrorCodeMaxLength = 64;
    public const int ErrorMessageMaxLength = 2000;

    private EvaluationReportJob()
    {
    }

    public Guid Id { get; private set; }

    public DateOnly PeriodFrom { get; private set; }

    public DateOnly PeriodTo { get; private set; }

    /// <summary>The period in words: "2026年", "2026年第三季度", "2026-03-01 至 2026-05-31".</summary>
    public string PeriodLabel { get; private set; } = string.Empty;

    /// <summary>The scope as JSON: <c>{"unitIds":[…],"departmentCodes":[…],"industrySections":[…]}</c>, each sorted.</summary>
    public string Scope { get; private set; } = "{}";

    public EvaluationReportStatus Status { get; private set; }

    /// <summary>The stage's name: Queued, Reading, Building, Rendering, Storing, Finished.</summary>
    public string Stage { get; private set; } = "Queued";

    public int Percent { get; private set; }

    /// <summary>When the process running the job last wrote its row (about once a second while it runs).</summary>
    public DateTime? HeartbeatAtUtc { get; private set; }

    public bool CancelRequested { get; private set; }

    public string? CancelledBy { get; private set; }

    public Guid? RequestedByUserId { get; private set; }

    public string RequestedBy { get; private set; } = string.Empty;

    public DateTime RequestedAtUtc { get; private set; }

    public DateTime? StartedAtUtc { get; private set; }

    public DateTime? FinishedAtUtc { get; private set; }

    /// <summary>SHA-256 (hex) of schema, period, sorted scope, model version and data digest; set once the facts are read.</summary>
    public string? Fingerprint { get; private set; }

    /// <summary>SHA-256 (hex) of the facts in a canonical form.</summary>
    public string? DataDigest { get; private set; }

    /// <summary>The active risk model's registry version when the facts were read (none: null).</summary>
    public int? ModelVersion { get; private set; }

    /// <summary>The report's model as JSON (schema <c>er-1</c>), once succeeded.</summary>
    public string? Figures { get; private set; }

    /// <summary>The earlier job with the same fingerprint whose figures and files this one reuses.</summary>
    public Guid? ReusedFromId { get; private set; }

    public string? ErrorCode { get; private set; }

    public string? ErrorMessage { get; private set; }

    public bool IsFinished => Status is EvaluationReportStatus.Succeeded or EvaluationReportStatus.Failed or EvaluationReportStatus.Cancelled;

    /// <summary>The job whose files are served for this one (itself, or the one it reuses).</summary>
    public Guid FilesJobId => ReusedFromId ?? Id;

    /// <summary>Unfinished, and its process has not written the row since <paramref name="staleBeforeUtc"/>.</summary>
    public bool IsStale(DateTime staleBeforeUtc) => !IsFinished && (HeartbeatAtUtc ?? RequestedAtUtc) < staleBeforeUtc;

    public static EvaluationReportJob Queue(
        DateOnly from, DateOnly to, string periodLabel, string scope, string requestedBy, Guid? userId, DateTime utcNow) => new()
        {
            Id = Guid.CreateVersion7(), PeriodFrom = from, PeriodTo = to, PeriodLabel = periodLabel, Scope = scope,
            Status = EvaluationReportStatus.Queued, RequestedBy = requestedBy, RequestedByUserId = userId, RequestedAtUtc = utcNow,
        };

    public void Start(string stage, DateTime utcNow)
    {
        Status = EvaluationReportStatus.Running;
        Stage = stage;
        StartedAtUtc = utcNow;
        HeartbeatAtUtc = utcNow;
    }

    /// <summary>A queued job is cancelled at once; a running one is asked to stop (it stops between stages).</summary>
    public void RequestCancel(string by, DateTime utcNow)
    {
        CancelRequested = true;
        CancelledBy = by;
        if (Status == EvaluationReportStatus.Queued)
        {
            Cancel(utcNow);
        }
    }

    public void Cancel(DateTime utcNow)
    {
        Status = EvaluationReportStatus.Cancelled;
        FinishedAtUtc = utcNow;
    }

    public void Succeed(string fingerprint, string dataDigest, int? modelVersion, string figures, Guid? reusedFromId, DateTime utcNow)
    {
        Status = EvaluationReportStatus.Succeeded;
        Stage = "Finished";
        Percent = 100;
        Fingerprint = fingerprint;
        DataDigest = dataDigest;
        ModelVersion = modelVersion;
        Figures = figures;
        ReusedFromId = reusedFromId;
        FinishedAtUtc = utcNow;
        HeartbeatAtUtc = utcNow;
    }

    public void Fail(string code, string message, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(message);
        Status = EvaluationReportStatus.Failed;
        ErrorCode = code;
        ErrorMessage = message.Length > ErrorMessageMaxLength ? message[..ErrorMessageMaxLength] : message;
        FinishedAtUtc = utcNow;
    }
}
