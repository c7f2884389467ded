using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Domain.Risk;
using DoubleRandom.Infrastructure.Persistence;
using DoubleRandom.Infrastructure.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DoubleRandom.Api.IntegrationTests.Risk;

/// <summary>The model registry and the risk jobs through the API, on real PostgreSQL with a trained model (ADR 0029).</summary>
public sealed class RegistryTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task A_training_registers_a_version_that_is_listed_compared_downloaded_and_activated_with_an_audit_entry()
    {
        await RegistryWorld.SeedAsync(Fixture.Factory);
        var first = await RegistryWorld.TrainAsync(Client);
        Assert.Equal(1, first.GetProperty("modelVersion").GetInt32());
        Assert.Equal("finished", first.GetProperty("stage").GetString());
        Assert.True(first.GetProperty("rowsDone").GetInt64() > 0);
        var second = await RegistryWorld.TrainAsync(Client, weighted: false);
        Assert.Equal(2, second.GetProperty("modelVersion").GetInt32());
        var (v1, v2) = (first.GetProperty("modelId").GetString()!, second.GetProperty("modelId").GetString()!);

        var list = await (await Client.GetAsync("/api/v1/risk/models")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([2, 1], items.Select(m => m.GetProperty("version").GetInt32()));
        Assert.All(items, m =>
        {
            Assert.True(m.GetProperty("compatible").GetBoolean());
            Assert.False(m.GetProperty("isActive").GetBoolean());
            Assert.InRange(m.GetProperty("validation").GetProperty("auc").GetDouble(), 0, 1);
            Assert.True(m.GetProperty("validationRows").GetInt64() > 0);
            Assert.True(m.GetProperty("estimatedWeightRows").GetInt64() > 0); // every tenth target's λ is unknown
        });
        Assert.Equal([false, true], items.Select(m => m.GetProperty("weighted").GetBoolean()));

        var model = await (await Client.GetAsync($"/api/v1/risk/models/{v1}")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(RiskFeatureSchema.Names, model.GetProperty("featureNames").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(RiskFeatureSchema.Fingerprint, model.GetProperty("featureFingerprint").GetString());
        var candidates = model.GetProperty("candidates").EnumerateArray().ToList();
        Assert.True(candidates.Count >= 2);
        Assert.Single(candidates, c => c.GetProperty("chosen").GetBoolean());

        var comparison = await (await Client.GetAsync($"/api/v1/risk/models/comparison?first={v1}&second={v2}")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        var auc = comparison.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("metric").GetString() == "auc");
        Assert.Equal(auc.GetProperty("second").GetDouble() - auc.GetProperty("first").GetDouble(), auc.GetProperty("delta").GetDouble(), 12);
        Assert.True(comparison.GetProperty("sameFeatureFingerprint").GetBoolean());
        Assert.True(comparison.GetProperty("sameValidationPeriod").GetBoolean());
        Assert.Empty(comparison.GetProperty("featuresOnlyInFirst").EnumerateArray());

        var download = await Client.GetAsync($"/api/v1/risk/models/{v1}/file");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var sha = model.GetProperty("summary").GetProperty("fileSha256").GetString();
        Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal($"\"{sha}\"", download.Headers.ETag?.ToString());
        Downloads.AssertNames(download, "risk-model-v1.zip", "风险模型-v1.zip");

        var active = await (await Client.PostAsync($"/api/v1/risk/models/{v1}/activation", null)).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.True(active.GetProperty("isActive").GetBoolean());
        // The unweighted version only shows what the weights correct: it is never activated, and the refusal writes nothing.
        var unweighted = await (await Client.PostAsync($"/api/v1/risk/models/{v2}/activation", null)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("risk-model-unweighted", unweighted.Code);
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal([1], await db.RiskModels.Where(m => m.IsActive).Select(m => m.Version).ToListAsync());
        }

        // Audited: the activation by name, the registrations with the file's SHA-256, never the bytes.
        var payloads = await PayloadsAsync();
        var activations = payloads.Where(p => p.Action == "risk-model.activate").ToList();
        Assert.Single(activations);
        Assert.Contains(sha!, activations[0].After, StringComparison.Ordinal);
        Assert.Contains(payloads, p => p.EntityType == nameof(RiskModel) && p.Action == "create" && p.After!.Contains(sha!, StringComparison.Ordinal));
        Assert.DoesNotContain(payloads, p => p.EntityType == nameof(RiskModelContent));
        var fragment = Convert.ToBase64String(bytes.AsSpan(0, 48));
        Assert.DoesNotContain(payloads, p => (p.Before + p.After).Contains(fragment, StringComparison.Ordinal));
        Assert.True(payloads.Count(p => p.EntityType == nameof(RiskJob)) >= 6); // each job: queued, started, finished
    }

    [Fact]
    public async Task A_training_without_labelled_rows_or_without_validation_rows_is_refused_and_writes_nothing()
    {
        var empty = await (await Client.PostJsonAsync("/api/v1/risk/trainings", RegistryWorld.Range())).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("risk-no-labelled-rows", empty.Code);
        await RegistryWorld.SeedAsync(Fixture.Factory);
        var late = await (await Client.PostJsonAsync("/api/v1/risk/trainings", new { from = "2022-01-01", to = "2026-06-30", validationFrom = "2026-01-01" }))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("risk-no-validation-rows", late.Code);
        var early = await (await Client.PostJsonAsync("/api/v1/risk/trainings", new { from = "2010-01-01", to = "2025-12-31", validationFrom = "2012-01-01" }))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("risk-no-labelled-rows", early.Code);
        var scoring = await (await Client.PostAsync("/api/v1/risk/scorings", null)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("risk-no-active-model", scoring.Code);
        await AssertNoJobsAsync();
    }

    [Theory]
    [InlineData("{\"from\":\"2025-06-01\",\"to\":\"2025-01-01\"}", "from")]
    [InlineData("{\"to\":\"2999-01-01\"}", "to")]
    [InlineData("{\"from\":\"2022-01-01\",\"to\":\"2025-12-31\",\"validationFrom\":\"2026-01-01\"}", "validationFrom")]
    [InlineData("{\"trainers\":[\"lightgbm\\u0000\"]}", null)]
    [InlineData("{\"trainers\":[\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"]}", "trainers[0]")]
    [InlineData("{\"trainers\":[\"random-forest\"]}", "trainers")]
    [InlineData("{\"from\":\"2025-13-01\"}", null)]
    [InlineData("{\"from\":\"99999-01-01\"}", null)]
    [InlineData("{\"to\":\"0001-01-05\"}", "to")]
    [InlineData("{\"from\":\"0001-01-01\",\"validationFrom\":\"0001-01-01\"}", "from")]
    [InlineData("{\"from\":\"0001-01-01\"}", "from")]
    [InlineData("{\"validationFrom\":\"1999-12-31\"}", "validationFrom")]
    public async Task Bad_training_input_is_a_400_with_the_field_and_writes_nothing(string body, string? field)
    {
        var problem = await (await Client.PostAsync("/api/v1/risk/trainings", Http.JsonBody(body))).ReadProblemAsync(HttpStatusCode.BadRequest);
        if (field is not null)
        {
            Assert.True(problem.Errors?.ContainsKey(field) == true, problem.Errors is null ? "none" : string.Join(", ", problem.Errors.Keys));
        }

        await AssertNoJobsAsync();
    }

    [Theory]
    [InlineData("/api/v1/risk/jobs?page=0")]
    [InlineData("/api/v1/risk/jobs?kind=retrain")]
    [InlineData("/api/v1/risk/jobs?status=%00")]
    [InlineData("/api/v1/risk/models?pageSize=100000")]
    [InlineData("/api/v1/risk/models/comparison?first=x&second=y")]
    [InlineData("/api/v1/risk/models/comparison")]
    public async Task Bad_query_values_are_400(string url) =>
        await (await Client.GetAsync(url)).ReadProblemAsync(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Unknown_versions_and_jobs_are_404()
    {
        var id = Guid.NewGuid();
        await (await Client.GetAsync($"/api/v1/risk/models/{id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Client.GetAsync($"/api/v1/risk/models/{id}/file")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Client.PostAsync($"/api/v1/risk/models/{id}/activation", null)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Client.GetAsync($"/api/v1/risk/models/comparison?first={id}&second={Guid.NewGuid()}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Client.GetAsync($"/api/v1/risk/jobs/{id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Client.PostAsync($"/api/v1/risk/jobs/{id}/cancellation", null)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_version_of_other_features_or_with_a_damaged_file_is_not_activated()
    {
        await RegistryWorld.SeedAsync(Fixture.Factory);
        var trained = await RegistryWorld.TrainAsync(Client);
        var modelId = Guid.Parse(trained.GetProperty("modelId").GetString()!);
        Guid incompatible, garbled, mismatched;
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var good = await db.RiskModelContents.AsNoTracking().Where(c => c.ModelId == modelId).Select(c => c.Content).SingleAsync();
            var noise = RandomNumberGenerator.GetBytes(4096);
            incompatible = Craft(db, 2, new string('a', 64), good, Sha(good));
            garbled = Craft(db, 3, RiskFeatureSchema.Fingerprint, noise, Sha(noise));
            mismatched = Craft(db, 4, RiskFeatureSchema.Fingerprint, good, Sha(noise));
            await db.SaveChangesAsync();
        }

        var refused = await (await Client.PostAsync($"/api/v1/risk/models/{incompatible}/activation", null)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("risk-model-incompatible", refused.Code);
        foreach (var damaged in new[] { garbled, mismatched })
        {
            var problem = await (await Client.PostAsync($"/api/v1/risk/models/{damaged}/activation", null)).ReadProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("risk-model-damaged", problem.Code);
        }

        var list = await (await Client.GetAsync("/api/v1/risk/models")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.All(list.GetProperty("items").EnumerateArray(), m => Assert.False(m.GetProperty("isActive").GetBoolean()));
        Assert.False(list.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("version").GetInt32() == 2).GetProperty("compatible").GetBoolean());
        Assert.DoesNotContain(await PayloadsAsync(), p => p.Action == "risk-model.activate");
        (await Client.PostAsync($"/api/v1/risk/models/{modelId}/activation", null)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task While_a_training_runs_a_scoring_or_a_second_training_is_refused_and_a_cancelled_training_registers_nothing()
    {
        await RegistryWorld.SeedAsync(Fixture.Factory);
        // A queued job no worker holds (it is not in the in-memory queue): nothing can finish it while the test asks.
        var id = await RiskJobRows.AddAsync(Fixture.Factory, running: false, DateTime.UtcNow);
        var scoring = await (await Client.PostAsync("/api/v1/risk/scorings", null)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("risk-job-running", scoring.Code);
        var again = await (await Client.PostJsonAsync("/api/v1/risk/trainings", RegistryWorld.Range())).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("risk-job-running", again.Code);

        var job = await (await Client.PostAsync($"/api/v1/risk/jobs/{id}/cancellation", null)).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.True(job.GetProperty("cancelRequested").GetBoolean());
        Assert.Equal("cancelled", job.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, job.GetProperty("modelId").ValueKind);
        var finished = await (await Client.PostAsync($"/api/v1/risk/jobs/{id}/cancellation", null)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("risk-job-finished", finished.Code);

        var models = await (await Client.GetAsync("/api/v1/risk/models")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(0, models.GetProperty("totalCount").GetInt32());
        var jobs = await (await Client.GetAsync("/api/v1/risk/jobs?kind=train&status=cancelled")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(1, jobs.GetProperty("totalCount").GetInt32());

        // The bureau's lane is free again: the next training runs.
        await RegistryWorld.TrainAsync(Client);
    }

    [Fact]
    public async Task The_database_keeps_one_unfinished_job_and_one_active_version_and_a_restart_fails_what_was_left_running()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTime.UtcNow;
        var running = RiskJob.QueueTraining(new DateOnly(2022, 1, 1), new DateOnly(2025, 12, 31), new DateOnly(2025, 1, 1), true, "{}", "admin", null, now);
        running.Start("ReadingRows", now);
        db.RiskJobs.Add(running);
        await db.SaveChangesAsync();
        db.RiskJobs.Add(RiskJob.QueueScoring(Guid.NewGuid(), "admin", null, now));
        var duplicate = await Assert.ThrowsAsync<Application.Common.Exceptions.ConflictException>(() => db.SaveChangesAsync());
        Assert.Equal("duplicate-key", duplicate.Code);
        db.ChangeTracker.Clear();

        Craft(db, 1, RiskFeatureSchema.Fingerprint, [1, 2, 3], Sha([1, 2, 3]), active: true);
        await db.SaveChangesAsync();
        Craft(db, 2, RiskFeatureSchema.Fingerprint, [4, 5, 6], Sha([4, 5, 6]), active: true);
        await Assert.ThrowsAsync<Application.Common.Exceptions.ConflictException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        await RiskJobWorker.FailInterruptedAsync(db, TimeProvider.System, CancellationToken.None);
        var failed = await db.RiskJobs.AsNoTracking().SingleAsync(j => j.Id == running.Id);
        Assert.Equal(RiskJobStatus.Failed, failed.Status);
        Assert.Equal(RiskJobWorker.InterruptedCode, failed.ErrorCode);
    }

    private static Guid Craft(AppDbContext db, int version, string fingerprint, byte[] content, string sha, bool active = false)
    {
        var facts = new RiskModelFacts("lightgbm", "{}", "[]", fingerprint, new DateOnly(2022, 1, 1), new DateOnly(2025, 12, 31),
            new DateOnly(2025, 1, 1), 10, 5, 0, true, Metrics);
        var model = RiskModel.Register(version, facts, Guid.NewGuid(), content.Length, sha, "crafted", null, DateTime.UtcNow);
        if (active)
        {
            model.Activate("crafted", DateTime.UtcNow);
        }

        db.RiskModels.Add(model);
        db.RiskModelContents.Add(RiskModelContent.Of(model.Id, content));
        return model.Id;
    }

    private const string Metrics =
        "{\"training\":" + Metric + ",\"validation\":" + Metric + ",\"candidates\":[]}";

    private const string Metric =
        "{\"rows\":5,\"weightSum\":5,\"observedRate\":0.2,\"meanPredicted\":0.2,\"auc\":0.5,\"prAuc\":0.2,\"logLoss\":0.5,\"brier\":0.16,"
        + "\"budgetShare\":0.05,\"precisionAtBudget\":0.2,\"liftAtBudget\":1,\"reliability\":[]}";

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private async Task AssertNoJobsAsync()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(0, await db.RiskJobs.CountAsync());
        Assert.Equal(0, await db.RiskModels.CountAsync());
    }

    private sealed record Payload(string EntityType, string Action, string? Before, string? After);

    private async Task<List<Payload>> PayloadsAsync()
    {
        (await Client.GetAsync("/api/v1/audit/verify")).EnsureSuccessStatusCode(); // links what is still staged
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT entity_type, action, before, after FROM audit_entries ORDER BY sequence", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var payloads = new List<Payload>();
        while (await reader.ReadAsync())
        {
            payloads.Add(new Payload(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return payloads;
    }
}
