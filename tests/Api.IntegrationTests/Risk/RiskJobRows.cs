using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Risk;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Risk;

/// <summary>Risk job rows written straight into the database, held by no worker (not in the in-memory queue).</summary>
internal static class RiskJobRows
{
    /// <summary>A training job, queued at <paramref name="atUtc"/> or started then (its heartbeat).</summary>
    public static async Task<Guid> AddAsync(ApiFactory factory, bool running, DateTime atUtc, RiskJobKind kind = RiskJobKind.Train)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var job = kind == RiskJobKind.Train
            ? RiskJob.QueueTraining(new DateOnly(2022, 1, 1), new DateOnly(2025, 12, 31), new DateOnly(2025, 1, 1), true, "{}", "admin", null, atUtc)
            : RiskJob.QueueScoring(Guid.NewGuid(), "admin", null, atUtc);
        if (running)
        {
            job.Start("ReadingRows", atUtc);
        }

        db.RiskJobs.Add(job);
        await db.SaveChangesAsync();
        return job.Id;
    }
}
