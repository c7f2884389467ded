using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Risk;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Application.Risk.Scoring;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Risk.Scoring;

/// <summary>A small roster with known facts, a small model trained on it by the real engine, and a rescorer wired to both.</summary>
internal static class RiskScoringWorld
{
    public const int ModelVersion = 7;

    public static readonly DateOnly AsOf = new(2026, 12, 7);

    /// <summary>
    /// Targets <c>R001…</c>: registered 40 days apart (so every age differs, and the youngest are "new businesses"),
    /// capital by the index; the first tier by <paramref name="tierOf"/> (null: unrated).
    /// </summary>
    public static async Task<List<string>> SeedAsync(IServiceProvider services, int count, Func<int, RiskTier?> tierOf, int retired = 0)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var codes = new List<string>();
        for (var i = 0; i < count + retired; i++)
        {
            var code = $"R{i:D3}";
            var target = Target.Create(code, TargetKind.Enterprise, new TargetDetails(
                $"风险测试企业{i}", null, null, i % 2 == 0 ? "640104" : "640205", "F", "52", [], AsOf.AddDays(-40 * (i + 1) - 3),
                i % 3 == 0 ? 5m : 500m, TargetStatus.Active, tierOf(i), null, [], null));
            if (i >= count)
            {
                target.Retire(DateTime.UtcNow);
            }
            else
            {
                codes.Add(code);
            }

            db.Targets.Add(target);
        }

        await db.SaveChangesAsync();
        return codes;
    }

    public static RiskFeatures Features(
        string code, DateOnly asOf, TargetKind kind, string region, TargetStatus status, RiskTier? tier, DateOnly? registered, decimal? capital) =>
        new(code, asOf, kind, "F", "52", region, status, tier, null,
            registered is { } r ? (asOf.DayNumber - r.DayNumber) / 365.25 : null, capital, 0, 0, 0, 0, 0, null, 0, 0, 0);

    /// <summary>
    /// A linear model trained by the real engine on 4,000 rows whose problem probability falls with age (young firms
    /// and small capital are riskier), so the model's scores order the roster by age.
    /// </summary>
    public static async Task<RiskModelFile> TrainAsync(IRiskModelEngine engine)
    {
        var random = new Random(16);
        List<RiskExample> Rows(int n, DateOnly on) => [.. Enumerable.Range(0, n).Select(_ =>
        {
            var age = random.NextDouble() * 12;
            var capital = random.Next(2) == 0 ? 5m : 500m;
            var p = 1 / (1 + Math.Exp(-(0.8 - (0.45 * age) + (capital < 10 ? 0.7 : 0))));
            var f = Features("X", on, TargetKind.Enterprise, random.Next(2) == 0 ? "640104" : "640205", TargetStatus.Active, null,
                on.AddDays(-(int)(age * 365.25)), capital);
            return new RiskExample(f, on, random.NextDouble() < p, 1, false);
        })];
        var set = new RiskTrainingSet(new RiskDataRange(new DateOnly(2024, 1, 1), new DateOnly(2026, 6, 30), new DateOnly(2026, 1, 1)),
            Rows(3000, new DateOnly(2025, 6, 1)), Rows(1000, new DateOnly(2026, 3, 1)), 0);
        var outcome = await engine.TrainAsync(set, RiskTrainingSettings.Default with { Trainers = ["sdca-logistic"] }, null, CancellationToken.None);
        return new RiskModelFile(Guid.NewGuid(), ModelVersion, outcome.FeatureFingerprint, outcome.ModelFile);
    }

    /// <summary>The production rescorer (unit of work, feature source, engine, bulk store of the scope) with the test's model in place of the registry.</summary>
    public static RiskRescorer Rescorer(IServiceProvider scoped, RiskModelFile model, TimeProvider? clock = null) => new(
        scoped.GetRequiredService<IApplicationDbContext>(),
        new ModelFiles(model),
        scoped.GetRequiredService<IRiskModelEngine>(),
        scoped.GetRequiredService<IRiskFeatureSource>(),
        scoped.GetRequiredService<IRiskScoreStore>(),
        scoped.GetRequiredService<ICurrentActor>(),
        clock ?? scoped.GetRequiredService<TimeProvider>());

    private sealed class ModelFiles(RiskModelFile model) : IRiskModelFiles
    {
        public Task<RiskModelFile?> FindAsync(Guid modelId, CancellationToken ct) => Task.FromResult(modelId == model.Id ? model : null);
    }
}
