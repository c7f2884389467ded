using System.Collections.Concurrent;
using DoubleRandom.Application.Rosters.Imports;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>
/// The live progress in memory, and on PostgreSQL also on the job row: each phase as it starts and its progress at
/// most once a second, by one UPDATE on a connection of its own (outside the import's transaction, not audited: the
/// outcome's summary entry is the record). SQLite is the single-instance embedded default and its import transaction
/// holds the whole database, so there the row keeps the phase the job started with until the outcome is stored.
/// </summary>
public sealed class ImportProgress(IServiceScopeFactory scopes, DatabaseOptions database, TimeProvider clock) : IImportProgress
{
    private static readonly TimeSpan StoreEvery = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<Guid, Entry> _jobs = new();

    public Task EnterAsync(Guid jobId, ImportJobPhase phase, long? total, CancellationToken ct)
    {
        var rows = Get(jobId);
        var live = new ImportLiveProgress(rows?.RowsDone ?? 0, rows?.RowsTotal, phase, 0, total);
        return SetAsync(jobId, live, force: true, ct);
    }

    public Task ReportRowsAsync(Guid jobId, long rowsDone, long? rowsTotal, CancellationToken ct)
    {
        var live = Get(jobId) ?? new ImportLiveProgress(0, null, ImportJobPhase.Validating, 0, null);
        live = live.Phase == ImportJobPhase.Validating
            ? live with { RowsDone = rowsDone, RowsTotal = rowsTotal, PhaseDone = rowsDone, PhaseTotal = rowsTotal }
            : live with { RowsDone = rowsDone, RowsTotal = rowsTotal };
        return SetAsync(jobId, live, force: false, ct);
    }

    public Task AdvanceAsync(Guid jobId, long phaseDone, long? phaseTotal, CancellationToken ct)
    {
        var live = Get(jobId) ?? new ImportLiveProgress(0, null, ImportJobPhase.Writing, 0, null);
        return SetAsync(jobId, live with { PhaseDone = phaseDone, PhaseTotal = phaseTotal }, force: false, ct);
    }

    public ImportLiveProgress? Get(Guid jobId) => _jobs.TryGetValue(jobId, out var entry) ? entry.Live : null;

    public void Forget(Guid jobId) => _jobs.TryRemove(jobId, out _);

    private async Task SetAsync(Guid jobId, ImportLiveProgress live, bool force, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var stored = _jobs.TryGetValue(jobId, out var previous) ? previous.StoredAt : DateTimeOffset.MinValue;
        var store = database.IsPostgres && (force || now - stored >= StoreEvery);
        _jobs[jobId] = new Entry(live, store ? now : stored);
        if (!store)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.ImportJobs.Where(j => j.Id == jobId && j.Status == ImportJobStatus.Running).ExecuteUpdateAsync(
            s => s.SetProperty(j => j.Phase, live.Phase).SetProperty(j => j.PhaseDone, live.PhaseDone).SetProperty(j => j.PhaseTotal, live.PhaseTotal),
            ct);
    }

    private sealed record Entry(ImportLiveProgress Live, DateTimeOffset StoredAt);
}
