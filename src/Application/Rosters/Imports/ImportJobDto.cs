using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Imports;

/// <summary>
/// A batch import as a client polls it. <c>rowsDone</c>/<c>rowsTotal</c> and <c>etaSeconds</c> while running;
/// counts of inserted, updated, unchanged rows and errors when finished. <c>fileSha256</c> identifies the uploaded file.
/// <c>phase</c> says what a running job is doing (null while queued and once finished), <c>phaseDone</c> of
/// <c>phaseTotal</c> (null when unknown) how far it is in that phase; <c>GET /api/v1/import-jobs/{id}/events</c> pushes
/// each change as a server-sent event.
/// </summary>
public sealed record ImportJobDto(
    Guid Id,
    ImportRoster Roster,
    ImportMode Mode,
    string FileName,
    string? FileSha256,
    long FileBytes,
    string Encoding,
    ImportJobStatus Status,
    long RowsDone,
    long? RowsTotal,
    double? EtaSeconds,
    ImportJobPhase? Phase,
    long PhaseDone,
    long? PhaseTotal,
    long Inserted,
    long Updated,
    long Unchanged,
    long ErrorCount,
    string? Message,
    string ReportUrl,
    DateTime CreatedAtUtc,
    DateTime? StartedAtUtc,
    DateTime? FinishedAtUtc);
