using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Audit;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.Corrections;

/// <summary>
/// Who may ask, read and decide (the authorization matrix rows of corrections, with data scoping): inspectors of the
/// record's group and operators in scope ask; readers of records read; leaders decide; outside the scope it is 404.
/// </summary>
public sealed class CorrectionScopeTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task Corrections_follow_the_records_scope_and_the_roles_of_the_matrix()
    {
        var c = await CorrectionScenario.StartAsync(Fixture.Factory, Client);
        var s = c.Inspection;
        var id = await c.RequestAsync(c.FirstRecord);
        var record = $"/api/v1/inspection-records/{c.FirstRecord}";

        // Inspectors of another group and spares do not see the record: 404 for asking and for reading.
        foreach (var outsider in new[] { s.Group(2).Leader, s.Group(2).Member, s.Spares.First() })
        {
            await (await c.RequestAsync(outsider.Client, c.FirstRecord, c.Body())).ReadProblemAsync(HttpStatusCode.NotFound);
            await (await outsider.Client.GetAsync($"{record}/corrections")).ReadProblemAsync(HttpStatusCode.NotFound);
            await (await outsider.Client.GetAsync($"{record}/versions")).ReadProblemAsync(HttpStatusCode.NotFound);
        }

        // A leader, operator or analyst beside the unit: 404 for the record's lists and the correction, an empty queue.
        using var foreignOperator = Fixture.Factory.CreateClientAs("op-gy", ["operator"], c.ForeignUnit);
        foreach (var foreign in new[] { c.ForeignLeader, foreignOperator })
        {
            await (await foreign.GetAsync($"{record}/corrections")).ReadProblemAsync(HttpStatusCode.NotFound);
            await (await foreign.GetAsync($"{record}/versions")).ReadProblemAsync(HttpStatusCode.NotFound);
            await (await foreign.GetAsync($"/api/v1/corrections/{id}")).ReadProblemAsync(HttpStatusCode.NotFound);
            using var queue = await (await foreign.GetAsync("/api/v1/corrections")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
            Assert.Empty(queue.RootElement.GetProperty("items").EnumerateArray());
        }

        await (await c.RequestAsync(foreignOperator, c.FirstRecord, c.Body())).ReadProblemAsync(HttpStatusCode.NotFound);

        // Readers in scope (and bureau-wide analysts) read; a supervisor or leader cannot ask; a roster keeper reads nothing.
        using var analyst = Fixture.Factory.CreateClientAs("analyst-1", ["analyst"]);
        using var supervisor = Fixture.Factory.CreateClientAs("sup-2", ["supervisor"], s.Draw.UnitId);
        using var keeper = Fixture.Factory.CreateClientAs("keeper-1", ["roster-keeper"], s.Draw.UnitId);
        foreach (var reader in new[] { analyst, supervisor, c.Leader, c.ChildLeader, s.Draw.Operator, c.Group.Leader.Client })
        {
            (await reader.GetAsync($"/api/v1/corrections/{id}")).EnsureSuccessStatusCode();
            (await reader.GetAsync($"{record}/corrections")).EnsureSuccessStatusCode();
            (await reader.GetAsync($"{record}/versions")).EnsureSuccessStatusCode();
        }

        foreach (var notAsking in new[] { supervisor, c.Leader, analyst })
        {
            await (await c.RequestAsync(notAsking, c.Records[c.Group.TargetCodes[1]], c.Body())).ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        await (await keeper.GetAsync("/api/v1/corrections")).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await keeper.GetAsync($"/api/v1/corrections/{id}")).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await CorrectionScenario.DecideAsync(analyst, id, "approval")).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await CorrectionScenario.DecideAsync(supervisor, id, "rejection", "不同意")).ReadProblemAsync(HttpStatusCode.Forbidden);

        // None of the refused calls wrote anything: the one correction, still pending.
        Assert.Single(await Client.EntriesAsync("&entityType=RecordCorrection"));
        using var still = await (await c.Leader.GetAsync($"/api/v1/corrections/{id}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal("pending", still.RootElement.GetProperty("status").GetString());
    }
}
