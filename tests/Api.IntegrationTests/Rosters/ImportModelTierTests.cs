using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

/// <summary>
/// A routine re-import of the register (its tier column blank) keeps the tiers the risk model set; a tier in the cell
/// still overrides the model's and clears its score and version; a fact the import changes dates its change.
/// </summary>
public sealed class ImportModelTierTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task A_blank_tier_cell_keeps_a_model_tier_and_a_different_tier_overrides_it()
    {
        await Client.SeedOrganizationAsync();
        await Client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(3)), "t.csv");
        var (one, two, three) = (RosterApi.Code(1), RosterApi.Code(2), RosterApi.Code(3));
        // The model scored 1 and 2; 3 keeps the import's tier A.
        Assert.Equal(2L, await Fixture.ScalarAsync(
            $"WITH s AS (UPDATE targets SET risk_tier = 'C', risk_score = 0.3, risk_model_version = 1 WHERE code IN ('{one}', '{two}') RETURNING 1) SELECT count(*) FROM s"));

        var again = ImportFiles.TargetHeader + "\n" + ImportFiles.TargetLine(1, tier: "") + "\n" + ImportFiles.TargetLine(2, tier: "B")
            + "\n" + ImportFiles.TargetLine(3, tier: "", tags: "重点监管") + "\n";
        var job = await Client.ImportAsync("targets", ImportFiles.Utf8(again), "t2.csv");

        Assert.Equal((0L, 2L, 1L), (job.Inserted, job.Updated, job.Unchanged)); // 1 is unchanged: nothing to write
        Assert.Equal(1L, await Fixture.ScalarAsync(
            $"SELECT count(*) FROM targets WHERE code = '{one}' AND risk_tier = 'C' AND risk_score = 0.3 AND risk_model_version = 1"));
        Assert.Equal(1L, await Fixture.ScalarAsync(
            $"SELECT count(*) FROM targets WHERE code = '{two}' AND risk_tier = 'B' AND risk_score IS NULL AND risk_model_version IS NULL"));
        Assert.Equal(1L, await Fixture.ScalarAsync($"SELECT count(*) FROM targets WHERE code = '{three}' AND risk_tier IS NULL"));
        // Only the facts an import changes get a change date: 3's tags, nobody's status or credit class.
        Assert.Equal(1L, await Fixture.ScalarAsync("SELECT count(*) FROM targets WHERE tags_changed_at_utc IS NOT NULL"));
        Assert.Equal(1L, await Fixture.ScalarAsync($"SELECT count(*) FROM targets WHERE code = '{three}' AND tags_changed_at_utc IS NOT NULL"));
        Assert.Equal(0L, await Fixture.ScalarAsync(
            "SELECT count(*) FROM targets WHERE status_changed_at_utc IS NOT NULL OR credit_class_changed_at_utc IS NOT NULL OR profile_changed_at_utc IS NOT NULL"));
    }
}
