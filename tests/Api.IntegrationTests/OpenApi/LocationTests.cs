using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DoubleRandom.Api.IntegrationTests.Rosters;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.OpenApi;

/// <summary>
/// The <c>Location</c> of every creating operation (a 201 or 202 the document says carries one) points at a real route:
/// each operation is called, and a GET of the URL it answered with is a 200.
/// </summary>
public sealed class LocationTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task Every_creating_operation_answers_with_a_Location_that_can_be_read()
    {
        // The world of the scope tests: an item, tasks, a prepared and a sealed draw, an amendment, an attachment, a
        // recusal and a target import; then the creations it does not make.
        var world = await TwoUnitWorld.BuildAsync(Fixture.Factory, Client);
        await Created(Client.PostJsonAsync("/api/v1/departments", new { code = "loc", name = "位置测试部门" }));
        await Created(Client.PostJsonAsync("/api/v1/branch-units", new { code = "NX-LOC", name = "位置测试局", regionCode = "640104" }));
        await Created(Client.PostJsonAsync("/api/v1/users", new { userName = "location.user", displayName = "位置", roles = new[] { "analyst" } }));
        await Created(Client.PostJsonAsync($"/api/v1/tasks/{world.TaskId}/copy", new { name = "复制的任务" }));
        await Created(Client.PostJsonAsync("/api/v1/officers", new { number = "NX-LOC1", name = "王位置", unitId = world.Yinchuan, departmentCode = "amr" }));
        await Created(Client.PostJsonAsync("/api/v1/targets", RosterApi.TargetBody(RosterApi.Code(9001))));
        await Created(Client.PostJsonAsync("/api/v1/result-categories", new { code = "loc", nameZh = "位置测试", nameEn = "Location", indicatesProblem = false, sortOrder = 1 }));
        await Created(RecordInWorldAsync(world));
        await Accepted(Client.UploadAsync("officers", ImportFiles.Utf8("人员编号,姓名,所属单位,部门,执法组长,业务专长,执法证号,发证日期,有效期至\nNX-LOC2,赵位置,NX-640104,amr,否,,,,\n"), "o.csv", "mode=dryRun"));
        await Accepted(Client.UploadAsync("recusals", ImportFiles.Utf8("人员编号,检查对象代码,回避事由,说明,开始日期,结束日期\nO001,T0002,kinship,,2026-01-01,\n"), "r.csv", "mode=dryRun"));
        await Accepted(Client.UploadAsync("inspection-history", ImportFiles.Utf8("检查对象代码,检查日期,任务名称,事项编码,检查事项,结果类别\nT0002,2025-04-01,任务,AMR-01,事项,no-problem\n"), "h.csv", "mode=dryRun"));

        // What the document promises: the operations whose 201 or 202 carries a Location.
        var document = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!["paths"]!.AsObject();
        var promised = document
            .SelectMany(p => p.Value!.AsObject().Select(o => (Name: $"{o.Key.ToUpperInvariant()} {p.Key}", Responses: o.Value!["responses"]!.AsObject())))
            .Where(o => o.Responses.Any(r => r.Key is "201" or "202" && r.Value?["headers"]?["Location"] is not null))
            .Select(o => o.Name)
            .ToHashSet(StringComparer.Ordinal);

        var answered = Fixture.Factory.CreatedLocations.ToList();
        var failures = new List<string>();
        foreach (var created in answered.DistinctBy(c => (c.Answer.Method, c.Answer.RoutePattern)))
        {
            var operation = $"{created.Answer.Method} {StatusCoverageTests.DocumentPath(created.Answer.RoutePattern)}";
            if (created.Location.Length == 0 && !promised.Contains(operation))
            {
                continue; // a 201 documented without a Location (a confirmation cannot be read back)
            }

            if (!Uri.TryCreate(created.Location, UriKind.Relative, out _) || !created.Location.StartsWith("/api/v1/", StringComparison.Ordinal))
            {
                failures.Add($"{operation}: Location '{created.Location}'");
                continue;
            }

            var read = await Client.GetAsync(created.Location);
            if (read.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{operation}: GET {created.Location} answered {(int)read.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // Every operation the document says answers a Location was called above.
        var called = answered.Select(c => $"{c.Answer.Method} {StatusCoverageTests.DocumentPath(c.Answer.RoutePattern)}").ToHashSet(StringComparer.Ordinal);
        Assert.True(promised.Count >= 15, $"only {promised.Count} operations promise a Location");
        Assert.Empty(promised.Except(called).Except(CheckedElsewhere.Keys).Order(StringComparer.Ordinal));
    }

    /// <summary>Creations that need a sealed draw with inspectors (another world than this one), and where their Location is followed.</summary>
    private static readonly Dictionary<string, string> CheckedElsewhere = new(StringComparer.Ordinal)
    {
        ["POST /api/v1/inspection-evidence"] = "Inspections/EvidenceTests: the Location is the evidence, read with GET",
        ["POST /api/v1/inspection-records/{id}/follow-ups"] =
            "AfterInspection/FollowUps/FollowUpFlowTests: the Location is the follow-up, read with GET",
        ["POST /api/v1/inspection-records/{id}/corrections"] = "AfterInspection/Corrections/CorrectionFlowTests: the Location is the correction, read with GET",
        ["POST /api/v1/uploads"] = "Inspections/ResumableUploadTests: the Location is the tus upload, used with HEAD, PATCH and DELETE",
        ["POST /api/v1/tasks/{taskId}/archive"] = "AfterInspection/Archive/ArchiveTests: the Location is the task's archive, read with GET",
        ["POST /api/v1/risk/trainings"] = "Risk/RegistryTests: the Location is the risk job, polled with GET until it finishes (needs labelled history)",
        ["POST /api/v1/evaluation-reports"] = "Evaluation/EvaluationReportApiTests: the Location is the report job, polled with GET until it finishes",
        ["POST /api/v1/risk/scorings"] = "the same job Location as a training (RiskJobLauncher); a scoring needs an active model and the re-scorer (Risk tests)",
    };

    private static Task Created(Task<HttpResponseMessage> call) => Expect(call, HttpStatusCode.Created);

    /// <summary>An inspection record of the sealed draw: the leader of group 1, linked to an inspector account, records its first target.</summary>
    private async Task<HttpResponseMessage> RecordInWorldAsync(TwoUnitWorld world)
    {
        using var result = await (await Client.GetAsync($"/api/v1/draws/{world.DrawId}/result")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var group = result.RootElement.GetProperty("groups")[0];
        var officerId = group.GetProperty("officers")[0].GetProperty("officerId").GetGuid();
        var userId = await Accounts.CreateUserAsync(Client, "loc-inspector", ["inspector"], unitId: world.Yinchuan);
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Officers.Where(o => o.Id == officerId)
                .ExecuteUpdateAsync(o => o.SetProperty(x => x.UserId, userId));
        }

        using var task = await (await Client.GetAsync($"/api/v1/tasks/{world.TaskId}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var items = task.RootElement.GetProperty("settings").GetProperty("itemIds").EnumerateArray()
            .Select(i => new { itemId = i.GetGuid(), resultCategoryCode = "no-problem" }).ToArray();
        var inspector = Fixture.Factory.WithToken((await Accounts.LoginAsync(Fixture.Factory.CreateClient(), "loc-inspector")).GetProperty("accessToken").GetString()!);
        return await inspector.PostJsonAsync($"/api/v1/tasks/{world.TaskId}/inspection-records", new
        {
            targetCode = group.GetProperty("targets")[0].GetProperty("code").GetString(), method = "documentReview",
            startedAtUtc = "2026-12-01T01:00:00Z", finishedAtUtc = "2026-12-01T02:00:00Z", items,
        });
    }

    private static Task Accepted(Task<HttpResponseMessage> call) => Expect(call, HttpStatusCode.Accepted);

    private static async Task Expect(Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        using var body = await (await call).ReadAsync<JsonDocument>(status);
    }
}
