using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Risk;
using DoubleRandom.Application.Risk.Commands.RunRiskJob;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Application.Risk.Jobs;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Risk;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using DoubleRandom.Infrastructure.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DoubleRandom.Api.IntegrationTests.Risk;

/// <summary>
/// The risk jobs' state when processes die or requests race (heartbeat, interruption, the status as concurrency token),
/// the pre-checks that refuse a training the job would refuse, and what a failed job shows its readers.
/// </summary>
public sealed class RiskJobStateTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private static readonly DateTime LongAgo = DateTime.UtcNow.AddHours(-1);

    [Fact]
    public async Task A_running_job_whose_process_is_gone_is_ended_by_its_cancellation_and_frees_the_lane()
    {
        await RegistryWorld.SeedAsync(Fixture.Factory);
        var id = await RiskJobRows.AddAsync(Fixture.Factory, running: true, LongAgo);
        var job = await (await Client.PostAsync($"/api/v1/risk/jobs/{id}/cancellation", null)).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("failed", job.GetProperty("status").GetString());
        Assert.Equal("risk-job-interrupted", job.GetProperty("errorCode").GetString());

        var queued = await (await Client.PostJsonAsync("/api/v1/risk/trainings", RegistryWorld.Range())).ReadAsync<JsonElement>(HttpStatusCode.Accepted);
        await RegistryWorld.FinishedAsync(Client, queued.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task A_stale_job_does_not_block_a_new_training_but_a_live_one_does()
    {
        await RegistryWorld.SeedAsync(Fixture.Factory);
        var live = await RiskJobRows.AddAsync(Fixture.Factory, running: true, DateTime.UtcNow);
        var refused = await (await Client.PostJsonAsync("/api/v1/risk/trainings", RegistryWorld.Range())).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("risk-job-running", refused.Code);
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.RiskJobs.Where(j => j.Id == live).ExecuteUpdateAsync(s => s.SetProperty(j => j.HeartbeatAtUtc, LongAgo));
        }

        var queued = await (await Client.PostJsonAsync("/api/v1/risk/trainings", RegistryWorld.Range())).ReadAsync<JsonElement>(HttpStatusCode.Accepted);
        var stale = await (await Client.GetAsync($"/api/v1/risk/jobs/{live}")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("risk-job-interrupted", stale.GetProperty("errorCode").GetString());
        await RegistryWorld.FinishedAsync(Client, queued.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task A_scoring_whose_rescore_was_committed_before_the_process_died_is_succeeded_not_interrupted()
    {
        var scoring = await RiskJobRows.AddAsync(Fixture.Factory, running: true, LongAgo, RiskJobKind.Score);
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rescore = RiskRescore.Record(Guid.NewGuid(), 1, scoring, LongAgo, LongAgo, null, "admin", RiskTierCutoffs.Default(), (0.1, 0.2, 0.3),
            [new RiskTierMove(null, false, RiskTier.B, 7)]);
        db.RiskRescores.Add(rescore);
        await db.SaveChangesAsync();

        await RiskJobWorker.FailInterruptedAsync(db, TimeProvider.System, CancellationToken.None);
        var job = await db.RiskJobs.AsNoTracking().SingleAsync(j => j.Id == scoring);
        Assert.Equal(RiskJobStatus.Succeeded, job.Status);
        Assert.Equal(rescore.Id, job.RescoreId);
        Assert.Null(job.ErrorCode);
    }

    [Fact]
    public async Task A_start_and_a_cancellation_of_one_queued_job_cannot_both_win()
    {
        var id = await RiskJobRows.AddAsync(Fixture.Factory, running: false, DateTime.UtcNow);
        await using var first = Fixture.Factory.Services.CreateAsyncScope();
        await using var second = Fixture.Factory.Services.CreateAsyncScope();
        var starting = first.ServiceProvider.GetRequiredService<AppDbContext>();
        var cancelling = second.ServiceProvider.GetRequiredService<AppDbContext>();
        var started = await starting.RiskJobs.SingleAsync(j => j.Id == id);
        var cancelled = await cancelling.RiskJobs.SingleAsync(j => j.Id == id);
        started.Start("ReadingRows", DateTime.UtcNow);
        await starting.SaveChangesAsync();
        cancelled.RequestCancel("admin", DateTime.UtcNow);
        var conflict = await Assert.ThrowsAsync<ConflictException>(() => cancelling.SaveChangesAsync());
        Assert.Equal("stale-version", conflict.Code);

        // Through the API the cancellation reads the job again: it is running now, so it is asked to stop.
        var job = await (await Client.PostAsync($"/api/v1/risk/jobs/{id}/cancellation", null)).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("running", job.GetProperty("status").GetString());
        Assert.True(job.GetProperty("cancelRequested").GetBoolean());
    }

    [Fact]
    public async Task A_job_that_fails_unexpectedly_shows_a_fixed_text_not_the_exception()
    {
        var id = await RiskJobRows.AddAsync(Fixture.Factory, running: false, DateTime.UtcNow);
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var db = sp.GetRequiredService<AppDbContext>();
            var run = new RiskTrainingRun(db, new FailingSource(), sp.GetRequiredService<IRiskModelEngine>(), TimeProvider.System);
            var handler = new RunRiskJobHandler(db, new OnlyRun(run), sp.GetRequiredService<IRiskJobProgressStore>(), sp.GetRequiredService<RiskJobSignals>(),
                TimeProvider.System, NullLogger<RunRiskJobHandler>.Instance);
            await handler.Handle(new RunRiskJobCommand(id), CancellationToken.None);
        }

        var job = await (await Client.GetAsync($"/api/v1/risk/jobs/{id}")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("failed", job.GetProperty("status").GetString());
        Assert.Equal("risk-job-failed", job.GetProperty("errorCode").GetString());
        var message = job.GetProperty("errorMessage").GetString()!;
        Assert.DoesNotContain(FailingSource.Secret, message, StringComparison.Ordinal);
        Assert.DoesNotContain("SELECT", message, StringComparison.Ordinal);
        Assert.Contains("日志", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_training_whose_period_holds_one_class_or_only_targets_outside_the_roster_is_refused_at_request_time()
    {
        var world = new RiskHistoryWorld(Fixture.Factory);
        await world.AddTargetsAsync([.. Enumerable.Range(0, 20).Select(i => ($"C{i:000}", TargetKind.Enterprise, RiskHistoryWorld.Details()))]);
        var rows = new List<(string, DateOnly, string, string, double?, string?)>();
        for (var i = 0; i < 20; i++)
        {
            rows.Add(($"C{i:000}", new DateOnly(2023, 3, 1 + i), "AMR-01", OutcomeCategories.NoProblem, 0.2, "A"));
            rows.Add(($"C{i:000}", new DateOnly(2025, 3, 1 + i), "AMR-01", OutcomeCategories.NoProblem, 0.2, "A"));
            // Problems only at targets that are not in the roster: the training skips them.
            rows.Add(($"GONE{i:000}", new DateOnly(2023, 4, 1 + i), "AMR-01", OutcomeCategories.OrderedToRectify, 0.2, "A"));
        }

        await world.AddOutcomesAsync([.. rows]);
        var oneClass = await (await Client.PostJsonAsync("/api/v1/risk/trainings", RegistryWorld.Range())).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("risk-one-class", oneClass.Code);
        var outside = await (await Client.PostJsonAsync("/api/v1/risk/trainings", new { from = "2023-04-01", to = "2025-12-31", validationFrom = "2025-01-01" }))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("risk-no-labelled-rows", outside.Code);

        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(0, await db.RiskJobs.CountAsync());
    }

    /// <summary>A feature source failing the way a database or file error does, its message carrying a path and SQL.</summary>
    private sealed class FailingSource : IRiskFeatureSource
    {
        public const string Secret = "/var/lib/doublerandom/tmp/secret-path.bin";

        public Task<RiskTrainingSet> TrainingSetAsync(RiskDataRange range, IProgress<RiskJobProgress>? progress, CancellationToken ct) =>
            throw new IOException($"Could not open {Secret} while running SELECT * FROM inspection_outcomes");

        public IAsyncEnumerable<RiskFeatures> CurrentAsync(DateOnly asOf, CancellationToken ct) => throw new NotSupportedException();

        public Task<RiskFeatures?> ForTargetAsync(string code, DateOnly asOf, CancellationToken ct) => throw new NotSupportedException();
    }

    /// <summary>The services the handler asks for: only the training run.</summary>
    private sealed class OnlyRun(RiskTrainingRun run) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(RiskTrainingRun) ? run : null;
    }
}
