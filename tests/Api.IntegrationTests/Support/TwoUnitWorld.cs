using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Draws;
using DoubleRandom.Api.IntegrationTests.Rosters;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DoubleRandom.Api.IntegrationTests.Support;

/// <summary>
/// Two units for data scoping: Yinchuan (YC) holds every record — a task with a sealed draw, its amendment and
/// attachment, a second task with a prepared draw, an officer's recusal, an import job uploaded by a YC keeper — and
/// Wuzhong (WZ) holds none. A user of WZ must find none of them (404), and change nothing.
/// </summary>
internal sealed class TwoUnitWorld
{
    private TwoUnitWorld(DrawScenario scenario, Guid wuzhong) => (Scenario, Wuzhong) = (scenario, wuzhong);

    public DrawScenario Scenario { get; }

    public Guid Yinchuan => Scenario.UnitId;

    public Guid Wuzhong { get; }

    public Guid TaskId { get; private set; }

    /// <summary>The sealed draw of <see cref="TaskId"/>.</summary>
    public Guid DrawId { get; private set; }

    /// <summary>A prepared draw (of a second task) waiting for its execution.</summary>
    public Guid PreparedDrawId { get; private set; }

    public Guid AmendmentId { get; private set; }

    public Guid AttachmentId { get; private set; }

    public Guid OfficerId { get; private set; }

    public Guid RecusalId { get; private set; }

    public Guid ImportJobId { get; private set; }

    /// <summary>Real users (they can sign a confirmation): sup-1 (YC), yc-keeper (YC), wz-sup (WZ), wz-op (WZ).</summary>
    public Guid WuzhongOperatorId { get; private set; }

    public static async Task<TwoUnitWorld> BuildAsync(ApiFactory factory, HttpClient admin)
    {
        var s = new DrawScenario(factory, admin);
        await s.SeedAsync(officers: 14);
        var wuzhong = BranchUnit.Create("WZ", "吴忠市局", null, "640300");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.BranchUnits.Add(wuzhong);
            await db.SaveChangesAsync();
        }

        var world = new TwoUnitWorld(s, wuzhong.Id);
        await s.CreateSupervisorAsync();
        await Accounts.CreateUserAsync(admin, "yc-keeper", ["roster-keeper"], unitId: s.UnitId);
        await Accounts.CreateUserAsync(admin, "wz-sup", ["supervisor"], unitId: wuzhong.Id);
        world.WuzhongOperatorId = await Accounts.CreateUserAsync(admin, "wz-op", ["operator"], unitId: wuzhong.Id);

        var item = await s.CreateItemAsync();
        var (taskId, drawId, _) = await s.SealedDrawAsync(DrawScenario.TaskBody(item, officerUnitIds: [s.UnitId]));
        (world.TaskId, world.DrawId) = (taskId, drawId);
        var second = await s.CreateTaskAsync(DrawScenario.TaskBody(item, name: "2026年第二批抽查", officerUnitIds: [s.UnitId]));
        world.PreparedDrawId = (await s.PrepareAsync(second.GetProperty("id").GetGuid())).GetProperty("id").GetGuid();

        using var result = await (await admin.GetAsync($"/api/v1/draws/{drawId}/result")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var groups = result.RootElement.GetProperty("groups");
        var used = groups.EnumerateArray().SelectMany(g => g.GetProperty("officers").EnumerateArray())
            .Select(o => o.GetProperty("officerId").GetGuid()).ToHashSet();
        var amendment = await s.Operator.PostJsonAsync($"/api/v1/draws/{drawId}/amendments", new
        {
            kind = "replaceOfficer", groupNumber = 1, officerId = groups[0].GetProperty("officers")[1].GetProperty("officerId").GetGuid(),
            replacementOfficerId = s.Officers.Values.First(id => !used.Contains(id)), reason = "health",
        });
        world.AmendmentId = await IdAsync(amendment, HttpStatusCode.Created);

        using var pdf = new MultipartFormDataContent { { Pdf(), "file", "记录.pdf" } };
        world.AttachmentId = await IdAsync(await s.Operator.PostAsync($"/api/v1/draws/{drawId}/attachments", pdf), HttpStatusCode.Created);

        world.OfficerId = s.Officers["O001"];
        world.RecusalId = await IdAsync(await admin.PostJsonAsync("/api/v1/recusals",
            new { officerId = world.OfficerId, targetCode = "T0001", reason = "kinship", validFrom = "2026-01-01" }), HttpStatusCode.Created);

        using var keeper = factory.CreateClientAs("yc-keeper", ["roster-keeper"], s.UnitId);
        var queued = await IdAsync(await keeper.UploadAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(2)), "targets.csv", "mode=dryRun"), HttpStatusCode.Accepted);
        world.ImportJobId = (await keeper.WaitForJobAsync(queued)).Id;
        return world;
    }

    public static ByteArrayContent Pdf()
    {
        var content = new ByteArrayContent("%PDF-1.7\n% signed record\n"u8.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return content;
    }

    /// <summary>
    /// Everything a scoped write could change, as one string: the rows of every table a task, draw, amendment,
    /// attachment, recusal, officer, confirmation or import job lives in, and the size of the audit trail.
    /// </summary>
    public static async Task<string> FingerprintAsync(PostgresApiFixture fixture)
    {
        string[] tables = ["inspection_tasks", "draws", "draw_amendments", "draw_attachments", "draw_selections", "recusals", "officers",
            "action_confirmations", "import_jobs"];
        // Staged entries move into the chain after commit, in the background: their sum is what was recorded.
        var sql = "SELECT concat_ws(' | ', 'audit:' || ((SELECT count(*) FROM audit_entries) + (SELECT count(*) FROM audit_pending)), "
            + string.Join(", ", tables.Select(t => $"(SELECT '{t}:' || count(*) || ':' || md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) FROM {t} x)"))
            + ")";
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using var body = await response.ReadAsync<JsonDocument>(expected);
        return body.RootElement.GetProperty("id").GetGuid();
    }
}
