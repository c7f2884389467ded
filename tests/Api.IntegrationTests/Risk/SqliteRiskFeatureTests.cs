using DoubleRandom.Api.IntegrationTests.AfterInspection.FollowUps;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Inspections;

namespace DoubleRandom.Api.IntegrationTests.Risk;

/// <summary>The feature source's queries (code ranges, grouped counts, follow-up history) on the embedded default too.</summary>
public sealed class SqliteRiskFeatureTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doublerandom-sqlite-risk-").FullName;

    [Fact]
    public async Task Training_rows_and_features_are_read_from_records_history_and_follow_ups_on_SQLite()
    {
        await using var factory = new ApiFactory("sqlite", $"Data Source={Path.Combine(_folder, "risk.db")}");
        using var admin = factory.CreateAdministratorClient();
        var s = await FollowUpScenario.StartAsync(factory, admin);
        var code = s.Group.TargetCodes[0];
        await s.HandOverAsync(item: 0);
        var world = new RiskHistoryWorld(factory);
        await world.AddOutcomesAsync(
            (code, new DateOnly(2024, 4, 2), "AMR-01", OutcomeCategories.OrderedToRectify, 0.25, "C"),
            (code, new DateOnly(2024, 4, 2), "AMR-02", OutcomeCategories.NoProblem, null, "C"));

        var set = await world.WithPagedSourceAsync(1, 3, x => x.TrainingSetAsync(
            new RiskDataRange(new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31), new DateOnly(2026, 1, 1)), null, CancellationToken.None));
        var tomorrow = FollowUpScenario.Today.AddDays(1);
        var current = await world.WithPagedSourceAsync(1, 3, async x =>
        {
            var all = new List<RiskFeatures>();
            await foreach (var f in x.CurrentAsync(tomorrow, CancellationToken.None))
            {
                all.Add(f);
            }

            return all;
        });

        Assert.Equal(2, set.Training.Count); // the 2024 history
        Assert.Equal(1, set.EstimatedWeightRows);
        Assert.Equal(s.Group.TargetCodes.Count * 2, set.Validation.Count); // group 1's final records, two items each
        var recorded = set.Validation.First(r => r.Features.TargetCode == code).Features;
        Assert.Equal((1, 1), (recorded.PastInspections, recorded.PastProblems)); // the 2024 visit before the 2026 record
        Assert.Equal(8, current.Count);
        var f = current.Single(x => x.TargetCode == code);
        Assert.Equal((2, 3, 1), (f.PastInspections, f.PastProblems, f.FollowUpsOpen));
        Assert.Equal(f, await world.WithSourceAsync(x => x.ForTargetAsync(code, tomorrow, CancellationToken.None)));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
