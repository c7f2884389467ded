namespace DoubleRandom.Domain.Rosters;

/// <summary>
/// A batch import of a roster file, run in the background. The file is saved before the job is queued,
/// so a client may disconnect; a restart marks unfinished jobs failed, and because the apply is one
/// transaction, a failed job has written nothing.
/// </summary>
public sealed class ImportJob
{
    /// <summary>The stored file name's column width.</summary>
    public const int FileNameMaxLength = 255;

    private ImportJob()
    {
    }

    public Guid Id { get; private set; }

    public ImportRoster Roster { get; private set; }

    public ImportMode Mode { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    public string StoredPath { get; private set; } = string.Empty;

    /// <summary>SHA-256 of the uploaded file (lower-case hex), so the audit trail names exactly what was imported.</summary>
    public string? FileSha256 { get; private set; }

    /// <summary>The uploaded file's size in bytes.</summary>
    public long FileBytes { get; private set; }

    /// <summary><c>auto</c>, <c>utf-8</c> or <c>gb18030</c>; after the run, the encoding that was used.</summary>
    public string Encoding { get; private set; } = "auto";

    public ImportJobStatus Status { get; private set; }

    public long? RowsTotal { get; private set; }

    public long RowsDone { get; private set; }

    public long Inserted { get; private set; }

    public long Updated { get; private set; }

    public long Unchanged { get; private set; }

    public long ErrorCount { get; private set; }

    public string? Message { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? StartedAtUtc { get; private set; }

    public DateTime? FinishedAtUtc { get; private set; }

    /// <summary>The phase a running job is in; null while queued and once finished.</summary>
    public ImportJobPhase? Phase { get; private set; }

    /// <summary>Progress within the phase (rows, for validating and writing); 0 without a phase.</summary>
    public long PhaseDone { get; private set; }

    /// <summary>What the phase has to do, when known.</summary>
    public long? PhaseTotal { get; private set; }

    public bool IsFinished => IsFinal(Status);

    /// <summary>Succeeded, rejected and failed jobs are done; queued and running ones are not.</summary>
    public static bool IsFinal(ImportJobStatus status) => status is ImportJobStatus.Succeeded or ImportJobStatus.Rejected or ImportJobStatus.Failed;

    public static ImportJob Queue(Guid id, ImportRoster roster, ImportMode mode, string fileName, string storedPath, string fileSha256,
        long fileBytes, string encoding, string createdBy, DateTime utcNow) => new()
        {
            Id = id,
            Roster = roster,
            Mode = mode,
            FileName = fileName,
            StoredPath = storedPath,
            FileSha256 = fileSha256,
            FileBytes = fileBytes,
            Encoding = encoding,
            Status = ImportJobStatus.Queued,
            CreatedBy = createdBy,
            CreatedAtUtc = utcNow,
        };

    public void Start(DateTime utcNow, long? rowsTotal)
    {
        Status = ImportJobStatus.Running;
        StartedAtUtc = utcNow;
        RowsTotal = rowsTotal;
        Phase = ImportJobPhase.Reading;
        PhaseDone = 0;
        PhaseTotal = null;
    }

    public void Finish(ImportOutcome outcome, DateTime utcNow)
    {
        Status = outcome.Status;
        RowsDone = outcome.RowsDone;
        RowsTotal = outcome.RowsDone;
        Inserted = outcome.Inserted;
        Updated = outcome.Updated;
        Unchanged = outcome.Unchanged;
        ErrorCount = outcome.ErrorCount;
        Encoding = outcome.Encoding ?? Encoding;
        Message = outcome.Message;
        FinishedAtUtc = utcNow;
        EndPhases();
    }

    public void Fail(string message, DateTime utcNow)
    {
        Status = ImportJobStatus.Failed;
        Message = message;
        FinishedAtUtc = utcNow;
        EndPhases();
    }

    private void EndPhases()
    {
        Phase = null;
        PhaseDone = 0;
        PhaseTotal = null;
    }
}
