using DoubleRandom.Application.Risk;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Risk;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Infrastructure.Risk;

/// <summary>
/// One UPDATE of the running job's stage, rows and heartbeat on a connection of its own (outside the job's unit of work,
/// not audited), then a read of its cancellation flag.
/// </summary>
public sealed class RiskJobProgressStore(IServiceScopeFactory scopes, TimeProvider clock) : IRiskJobProgressStore
{
    public async Task<bool> StoreAsync(Guid jobId, RiskJobProgress progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(progress);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stage = progress.Stage.ToString();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.RiskJobs.Where(j => j.Id == jobId && j.Status == RiskJobStatus.Running).ExecuteUpdateAsync(
            s => s.SetProperty(j => j.Stage, stage).SetProperty(j => j.RowsDone, progress.RowsDone).SetProperty(j => j.RowsTotal, progress.RowsTotal)
                .SetProperty(j => j.HeartbeatAtUtc, now),
            ct);
        return await db.RiskJobs.AsNoTracking().Where(j => j.Id == jobId).Select(j => j.CancelRequested).FirstOrDefaultAsync(ct);
    }
}
