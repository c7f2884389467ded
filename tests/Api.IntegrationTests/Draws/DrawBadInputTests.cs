using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using Npgsql;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>Every refused request is a 4xx problem and writes nothing; sealed rows cannot change, even by SQL.</summary>
public sealed class DrawBadInputTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private async Task<(DrawScenario Scenario, Guid TaskId, Guid DrawId)> PreparedAsync()
    {
        var s = new DrawScenario(Fixture.Factory, Client);
        await s.SeedAsync();
        await s.CreateSupervisorAsync();
        var item = await s.CreateItemAsync();
        var task = await s.CreateTaskAsync(DrawScenario.TaskBody(item));
        var taskId = task.GetProperty("id").GetGuid();
        return (s, taskId, (await s.PrepareAsync(taskId)).GetProperty("id").GetGuid());
    }

    private async Task<string?> StatusAsync(Guid drawId)
    {
        var draw = await (await Client.GetAsync($"/api/v1/draws/{drawId}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        return draw.RootElement.GetProperty("status").GetString();
    }

    [Fact]
    public async Task Executing_twice_is_refused_and_the_first_result_stands()
    {
        var (s, _, drawId) = await PreparedAsync();
        var first = await s.ExecuteAsync(drawId, await s.ConfirmAsync(drawId));
        using var sealedDraw = await first.ReadAsync<JsonDocument>(HttpStatusCode.OK);
        await ProblemLanguages.AssertBothLanguagesAsync(s.Operator,
            async () => await s.ExecuteAsync(drawId, await s.ConfirmAsync(drawId), "another entropy"), HttpStatusCode.Conflict,
            "draw-already-executed", "该抽取已执行，结果已封存", "The draw has already been executed; its result is sealed.");
        var after = await (await Client.GetAsync($"/api/v1/draws/{drawId}")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(sealedDraw.RootElement.GetProperty("resultDigest").GetString(), after.RootElement.GetProperty("resultDigest").GetString());
    }

    [Fact]
    public async Task Two_simultaneous_executions_seal_exactly_one_result()
    {
        var (s, _, drawId) = await PreparedAsync();
        var confirmations = new[] { await s.ConfirmAsync(drawId), await s.ConfirmAsync(drawId), await s.ConfirmAsync(drawId) };
        var responses = await Task.WhenAll(confirmations.Select((c, i) => s.ExecuteAsync(drawId, c, $"entropy {i}")));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            Assert.Equal("draw-already-executed", (await loser.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        }

        Assert.Equal(1, await Fixture.CountRowsAsync("action_confirmations WHERE consumed_at_utc IS NOT NULL"));
        Assert.Equal(3, await Fixture.CountRowsAsync("draw_group_members") / 3);
    }

    [Fact]
    public async Task Executing_without_a_valid_supervisor_confirmation_is_refused_and_writes_nothing()
    {
        var (s, _, drawId) = await PreparedAsync();
        Assert.Equal("confirmation-missing", (await (await s.ExecuteAsync(drawId, Guid.NewGuid())).ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        // No confirmation is granted for a draw that does not exist; one for another draw does not count either.
        var missing = await s.Operator.PostJsonAsync("/api/v1/auth/confirmations",
            new { action = "draw.execute", subject = Guid.NewGuid().ToString(), userName = "sup-1", password = Accounts.Password });
        await missing.ReadProblemAsync(HttpStatusCode.NotFound);
        var otherTask = await s.CreateTaskAsync(DrawScenario.TaskBody(await s.CreateItemAsync(), name: "另一个任务"));
        var otherDraw = (await s.PrepareAsync(otherTask.GetProperty("id").GetGuid())).GetProperty("id").GetGuid();
        await ProblemLanguages.AssertBothLanguagesAsync(s.Operator,
            async () => await s.ExecuteAsync(drawId, await s.ConfirmAsync(otherDraw)), HttpStatusCode.Conflict,
            "confirmation-mismatch", "该监督人确认是为另一操作给出的", "The confirmation was given for another action.");

        var noConfirmation = await s.Operator.PostJsonAsync($"/api/v1/draws/{drawId}/execute", new { entropy = "123" });
        Assert.Contains("confirmationId", (await noConfirmation.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Equal("prepared", await StatusAsync(drawId));
        Assert.Equal(0, await Fixture.CountRowsAsync("draw_selections"));

        // Only an operator executes: a supervisor with their own token cannot.
        var supervisor = Fixture.Factory.CreateClientAs("sup-2", ["supervisor"]);
        await (await supervisor.PostJsonAsync($"/api/v1/draws/{drawId}/execute", new { entropy = "1", confirmationId = Guid.NewGuid() }))
            .ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("over")]
    public async Task Witness_entropy_must_be_1_to_1024_bytes(string? entropy)
    {
        var (s, _, drawId) = await PreparedAsync();
        var confirmation = await s.ConfirmAsync(drawId);
        var value = entropy == "over" ? new string('骰', 342) : entropy; // 342 × 3 bytes = 1026 bytes
        var response = await s.Operator.PostJsonAsync($"/api/v1/draws/{drawId}/execute", new { entropy = value, confirmationId = confirmation });
        Assert.Contains("entropy", (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Equal("prepared", await StatusAsync(drawId));

        // 1024 bytes exactly is fine.
        var ok = await s.ExecuteAsync(drawId, confirmation, new string('a', 1024));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task A_task_cannot_change_after_prepare()
    {
        var (s, taskId, _) = await PreparedAsync();
        var item = await s.CreateItemAsync();
        await ProblemLanguages.AssertBothLanguagesAsync(s.Operator,
            () => s.Operator.PutJsonAsync($"/api/v1/tasks/{taskId}", DrawScenario.TaskBody(item, groups: 2)), HttpStatusCode.Conflict,
            "task-frozen", "该任务已准备抽取，设置不能再修改", "A draw has been prepared for this task; its settings can no longer change.");
        var again = await s.Operator.PostAsync($"/api/v1/tasks/{taskId}/draws", null);
        Assert.Equal("task-not-draft", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal(1, await Fixture.CountRowsAsync("draws"));
    }

    [Fact]
    public async Task The_database_refuses_to_rewrite_or_delete_sealed_rows()
    {
        var (s, _, drawId) = await PreparedAsync();
        (await s.ExecuteAsync(drawId, await s.ConfirmAsync(drawId))).EnsureSuccessStatusCode();
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in new[]
        {
            "UPDATE draw_selections SET group_number = 1",
            "DELETE FROM draw_selections",
            "UPDATE draw_group_members SET officer_name = 'x'",
            "DELETE FROM draw_snapshots",
            "UPDATE drawn_targets_by_year SET year = 2000",
            $"UPDATE draws SET result_digest = repeat('0', 64) WHERE id = '{drawId}'",
            $"UPDATE draws SET commitment = repeat('0', 64) WHERE id = '{drawId}'",
            $"DELETE FROM draws WHERE id = '{drawId}'",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var ex = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.IntegrityConstraintViolation, ex.SqlState);
        }

        // Reveal fills in s once; that is the only change the row accepts.
        (await Client.PostAsync($"/api/v1/draws/{drawId}/reveal", null)).EnsureSuccessStatusCode();
        Assert.Equal("draw-already-revealed", (await (await Client.PostAsync($"/api/v1/draws/{drawId}/reveal", null)).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        await using var secret = new NpgsqlCommand($"UPDATE draws SET revealed_secret = repeat('0', 64) WHERE id = '{drawId}'", connection);
        await Assert.ThrowsAsync<PostgresException>(() => secret.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task Two_open_tasks_of_a_year_never_draw_the_same_target_the_later_draw_fails_cleanly()
    {
        var s = new DrawScenario(Fixture.Factory, Client);
        await s.SeedAsync(targets: 40);
        await s.CreateSupervisorAsync();
        var item = await s.CreateItemAsync();
        var everything = DrawScenario.TaskBody(item, ratioBp: 10000, groups: 2);
        var first = (await s.CreateTaskAsync(everything)).GetProperty("id").GetGuid();
        var second = (await s.CreateTaskAsync(everything)).GetProperty("id").GetGuid();
        var a = (await s.PrepareAsync(first)).GetProperty("id").GetGuid();
        var b = (await s.PrepareAsync(second)).GetProperty("id").GetGuid();

        var ca = await s.ConfirmAsync(a);
        var cb = await s.ConfirmAsync(b);
        var both = await Task.WhenAll(s.ExecuteAsync(a, ca), s.ExecuteAsync(b, cb));
        var statuses = new List<string?>();
        foreach (var response in both)
        {
            using var body = await response.ReadAsync<JsonDocument>(HttpStatusCode.OK);
            statuses.Add(body.RootElement.GetProperty("status").GetString());
        }

        Assert.Equal(["failed", "sealed"], statuses.Order(StringComparer.Ordinal));
        Assert.Equal(1, await Fixture.CountRowsAsync("draws WHERE failure = 'target-overlap'"));
        Assert.Equal(await Fixture.CountRowsAsync("draw_selections"), await Fixture.CountRowsAsync("drawn_targets_by_year"));
    }

    [Fact]
    public async Task Null_strata_and_scope_entries_are_field_errors_not_a_crash()
    {
        var body = """{"year":2026,"name":"任务","strata":[null],"targetScope":{"regionPrefixes":[null],"industries":[null]},"groups":1,"officersPerGroup":2,"targetsPerGroup":10}""";
        var problem = await (await Client.PostAsync("/api/v1/tasks", Http.JsonBody(body))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("strata[0]", problem.Errors!.Keys);
        Assert.Equal(0, await Fixture.CountRowsAsync("inspection_tasks"));
    }
}
