using DoubleRandom.Application.Evaluation;
using DoubleRandom.Domain.Evaluation;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Infrastructure.Evaluation;

/// <summary>One UPDATE of the running generation's stage, percent and heartbeat on a connection of its own (not audited), then a read of its cancellation flag.</summary>
public sealed class EvaluationReportProgressStore(IServiceScopeFactory scopes, TimeProvider clock) : IEvaluationReportProgressStore
{
    public async Task<bool> StoreAsync(Guid jobId, EvaluationProgress progress, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var stage = progress.Stage.Length > EvaluationReportJob.StageMaxLength ? progress.Stage[..EvaluationReportJob.StageMaxLength] : progress.Stage;
        await db.EvaluationReportJobs.Where(j => j.Id == jobId && j.Status == EvaluationReportStatus.Running).ExecuteUpdateAsync(
            s => s.SetProperty(j => j.Stage, stage).SetProperty(j => j.Percent, progress.Percent).SetProperty(j => j.HeartbeatAtUtc, now), ct);
        return await db.EvaluationReportJobs.AsNoTracking().Where(j => j.Id == jobId).Select(j => j.CancelRequested).FirstOrDefaultAsync(ct);
    }
}
