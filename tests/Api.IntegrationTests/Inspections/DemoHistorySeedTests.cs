using System.Net;
using DoubleRandom.Api.IntegrationTests.Organization;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Infrastructure.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>The demo run loads the simulated history of its demo targets, once, so a fresh service has inspected targets to show.</summary>
public sealed class DemoHistorySeedTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task The_demo_seed_loads_the_generated_history_once_and_a_target_shows_it()
    {
        await SeedAsync();
        // What the generator writes for the demo roster (seed 42, 2,000 targets).
        var generator = new DemoRosterGenerator(42);
        var history = new DemoHistoryGenerator(42);
        var roster = generator.Targets(DemoRosterSeeder.Targets).ToList();
        roster.ForEach(history.Count);
        var expected = roster.Select((t, i) => history.Outcomes(t, i).ToList()).ToList();
        Assert.Equal(expected.Sum(o => o.Count), await Fixture.CountRowsAsync("inspection_outcomes"));
        Assert.Equal(expected.Sum(o => o.Count), await Fixture.ScalarAsync("SELECT count(*) FROM inspection_outcomes WHERE source = 'Demo' AND inclusion_probability > 0"));

        await SeedAsync();
        Assert.Equal(expected.Sum(o => o.Count), await Fixture.CountRowsAsync("inspection_outcomes"));

        var (target, outcomes) = roster.Zip(expected).First(p => p.Second.Count > 0);
        var page = await (await Client.GetAsync($"/api/v1/targets/{target.Code}/inspection-history?pageSize=100"))
            .ReadAsync<Page<InspectionOutcomeDto>>(HttpStatusCode.OK);
        Assert.Equal(outcomes.Count, page.TotalCount);
        Assert.All(page.Items, o => Assert.Equal("demo", o.Source));
        Assert.Equal(outcomes.Select(o => (o.InspectedOn, o.ItemCode, o.Category, o.Lambda)).OrderBy(o => o),
            page.Items.Select(o => (o.InspectedOn, o.ItemCode, o.ResultCategoryCode, o.InclusionProbability!.Value)).OrderBy(o => o));
    }

    private async Task SeedAsync()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync(CancellationToken.None);
    }
}
