using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Risk;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Risk.Scoring;

/// <summary>The embedded default scores too: the bulk write by batched parameterised statements on SQLite.</summary>
public sealed class SqliteRiskScoringTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doublerandom-sqlite-risk-").FullName;

    [Fact]
    public async Task A_rescore_writes_every_score_tier_and_explanation_in_bulk_on_SQLite()
    {
        await using var factory = new ApiFactory("sqlite", $"Data Source={Path.Combine(_folder, "risk.db")}");
        using var warmUp = factory.CreateClient();
        var active = await RiskScoringWorld.SeedAsync(factory.Services, 20, i => i < 10 ? null : RiskTier.B, retired: 1);
        var model = await RiskScoringWorld.TrainAsync(factory.Services.GetRequiredService<IRiskModelEngine>());

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var outcome = await RiskScoringWorld.Rescorer(scope.ServiceProvider, model).RescoreAsync(Guid.NewGuid(), model.Id, null, CancellationToken.None);
            Assert.Equal(20, outcome.TargetsScored);
        }

        await using var check = factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<AppDbContext>();
        var targets = await db.Targets.AsNoTracking().ToListAsync();
        Assert.All(targets.Where(t => !t.IsRetired),
            t => Assert.True(t is { RiskScore: > 0 and < 1, RiskModelVersion: RiskScoringWorld.ModelVersion, RiskTier: not null }));
        Assert.True(targets.Single(t => t.IsRetired) is { RiskScore: null, RiskModelVersion: null });
        // Quantiles 50/80/95 % of 20 distinct scores: 10 A, 6 B, 3 C, 1 D.
        Assert.Equal([10, 6, 3, 1], new[] { RiskTier.A, RiskTier.B, RiskTier.C, RiskTier.D }.Select(t => targets.Count(x => !x.IsRetired && x.RiskTier == t)));
        var rescore = await db.RiskRescores.AsNoTracking().SingleAsync();
        Assert.Equal(10, rescore.Moves.Where(m => m.From is null).Sum(m => m.Count));
        Assert.Equal(10, rescore.Moves.Where(m => m is { From: RiskTier.B, FromModel: false }).Sum(m => m.Count));
        Assert.Equal(20 - targets.Count(t => !t.IsRetired && t.RiskTier == RiskTier.B && active.IndexOf(t.Code) >= 10), rescore.TargetsMoved);
        Assert.Equal(active.Order(StringComparer.Ordinal), await db.TargetRiskExplanations.Select(e => e.TargetCode).OrderBy(c => c).ToListAsync());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
