using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Api.IntegrationTests.Risk;

/// <summary>
/// A labelled history for the registry tests: a few hundred targets inspected 2022–2025, each item's problem more
/// likely the higher the target's tier, drawn with λ by tier (high tiers more often), and the job polling the API does.
/// </summary>
internal static class RegistryWorld
{
    public const int Targets = 240;

    public static async Task SeedAsync(ApiFactory factory)
    {
        var world = new RiskHistoryWorld(factory);
        var random = new Random(16);
        var tiers = new[] { RiskTier.A, RiskTier.B, RiskTier.C, RiskTier.D };
        await world.AddTargetsAsync([.. Enumerable.Range(0, Targets).Select(i =>
            ($"R{i:0000}", i % 3 == 0 ? TargetKind.IndividualBusiness : TargetKind.Enterprise,
                RiskHistoryWorld.Details(tier: tiers[i % 4], registered: new DateOnly(2008 + (i % 14), 3, 1), capital: 5m + (i % 7) * 40m)))]);
        var rows = new List<(string, DateOnly, string, string, double?, string?)>();
        for (var i = 0; i < Targets; i++)
        {
            var tier = i % 4;
            var lambda = 0.1 + 0.2 * tier;
            foreach (var year in new[] { 2022, 2023, 2024, 2025 })
            {
                if (random.NextDouble() > 0.25 + 0.2 * tier)
                {
                    continue;
                }

                var day = new DateOnly(year, 1 + random.Next(11), 1 + random.Next(27));
                foreach (var item in new[] { "AMR-01", "AMR-02", "AMR-03" })
                {
                    var problem = random.NextDouble() < 0.04 + 0.09 * tier;
                    rows.Add(($"R{i:0000}", day, item, problem ? OutcomeCategories.OrderedToRectify : OutcomeCategories.NoProblem,
                        i % 10 == 0 ? null : lambda, tiers[tier].ToString()));
                }
            }
        }

        await world.AddOutcomesAsync([.. rows]);
    }

    public static object Range(bool weighted = true) =>
        new { from = "2022-01-01", to = "2025-12-31", validationFrom = "2025-01-01", weighted };

    /// <summary>Polls the job until it is finished (the worker runs it in the background).</summary>
    public static async Task<JsonElement> FinishedAsync(HttpClient client, string jobId)
    {
        for (var i = 0; i < 1200; i++)
        {
            var job = await (await client.GetAsync($"/api/v1/risk/jobs/{jobId}")).ReadAsync<JsonElement>(HttpStatusCode.OK);
            if (job.GetProperty("status").GetString() is "succeeded" or "failed" or "cancelled")
            {
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"risk job {jobId} did not finish");
    }

    public static async Task<JsonElement> TrainAsync(HttpClient client, bool weighted = true)
    {
        var response = await client.PostJsonAsync("/api/v1/risk/trainings", Range(weighted));
        var queued = await response.ReadAsync<JsonElement>(HttpStatusCode.Accepted);
        Assert.Equal($"/api/v1/risk/jobs/{queued.GetProperty("id").GetString()}", response.Headers.Location?.ToString());
        var job = await FinishedAsync(client, queued.GetProperty("id").GetString()!);
        Assert.True(job.GetProperty("status").GetString() == "succeeded", job.ToString());
        return job;
    }
}
