using System.Runtime.CompilerServices;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Api.IntegrationTests.Risk.Scoring;

/// <summary>
/// The roster's own facts as features (no history: these targets were never inspected), read from the real database —
/// what the scoring tests need of a feature source, whatever the full one (past inspections, follow-ups) adds.
/// </summary>
internal sealed class RosterFeatureSource(AppDbContext db) : IRiskFeatureSource
{
    public Task<RiskTrainingSet> TrainingSetAsync(RiskDataRange range, IProgress<RiskJobProgress>? progress, CancellationToken ct) =>
        throw new NotSupportedException("Scoring only.");

    public async IAsyncEnumerable<RiskFeatures> CurrentAsync(DateOnly asOf, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var t in db.Targets.AsNoTracking().Where(t => t.RetiredAtUtc == null).OrderBy(t => t.Code).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return RiskScoringWorld.Features(t.Code, asOf, t.Kind, t.RegionCode, t.Status, t.RiskTier, t.RegistrationDate, t.RegisteredCapital);
        }
    }

    public async Task<RiskFeatures?> ForTargetAsync(string code, DateOnly asOf, CancellationToken ct) =>
        await db.Targets.AsNoTracking().Where(t => t.Code == code)
            .Select(t => RiskScoringWorld.Features(t.Code, asOf, t.Kind, t.RegionCode, t.Status, t.RiskTier, t.RegistrationDate, t.RegisteredCapital))
            .FirstOrDefaultAsync(ct);
}
