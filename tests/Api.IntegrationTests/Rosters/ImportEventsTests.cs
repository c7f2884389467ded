using System.Net;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Rosters.Imports;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Rosters.Import;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

/// <summary>
/// An import's phases, stored on the job and pushed as server-sent events (<c>GET /api/v1/import-jobs/{id}/events</c>):
/// a real import through the test server, held at each phase until the stream has shown it.
/// </summary>
public sealed class ImportEventsTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private static readonly string[] AllPhases = ["reading", "validating", "writing", "indexing", "auditing"];

    [Fact]
    public async Task The_stream_shows_every_phase_of_an_import_in_order_and_ends_with_the_finished_job()
    {
        await ImportHeldAtEachPhaseAsync(30, async (client, gate, queued, ct) =>
        {
            Assert.Null(queued.Phase);

            using var response = await client.GetAsync($"/api/v1/import-jobs/{queued.Id}/events", HttpCompletionOption.ResponseHeadersRead, ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            Assert.True(response.Headers.CacheControl?.NoCache == true);
            Assert.Equal("no", Assert.Single(response.Headers.GetValues("X-Accel-Buffering")));

            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
            var comments = new List<string>();
            var events = new List<ServerSentEvent>();
            var phases = new List<string>();
            while (await ServerSentEvent.ReadAsync(reader, comments, ct) is { } e)
            {
                events.Add(e);
                var job = e.Job;
                Assert.Equal(queued.Id, job.Id);
                if (e.Event == "done")
                {
                    break;
                }

                Assert.Equal("progress", e.Event);
                if (job.Phase is { } phase && (phases.Count == 0 || phases[^1] != phase))
                {
                    phases.Add(phase);
                    // Seen: the import may go on to the next phase.
                    gate.Release(Enum.Parse<ImportJobPhase>(phase, ignoreCase: true));
                }

                if (job.Phase is "validating" or "writing")
                {
                    Assert.True(job.PhaseTotal is null || job.PhaseDone <= job.PhaseTotal, $"{job.PhaseDone} of {job.PhaseTotal}");
                }
            }

            Assert.True(AllPhases.SequenceEqual(phases), $"phases {string.Join(", ", phases)}; last {events[^1].Data}");
            var done = events[^1];
            Assert.Equal("done", done.Event);
            Assert.Equal("succeeded", done.Job.Status);
            Assert.Null(done.Job.Phase);
            Assert.Equal(30, done.Job.Inserted);
            // Every event has an id, counting up; the stream ended after the done event.
            Assert.Equal(Enumerable.Range(1, events.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), events.Select(e => e.Id));
            Assert.Null(await ServerSentEvent.ReadAsync(reader, comments, ct));

            // The stored job says the same: no phase once finished.
            var stored = await (await client.GetAsync($"/api/v1/import-jobs/{queued.Id}")).ReadAsync<ImportJobDto>(HttpStatusCode.OK);
            Assert.Null(stored.Phase);
            Assert.Null(stored.PhaseTotal);
        });
    }

    [Fact]
    public async Task A_running_job_stores_its_phase_on_its_row_and_a_client_that_leaves_the_stream_ends_it_quietly()
    {
        await ImportHeldAtEachPhaseAsync(3, async (client, gate, queued, ct) =>
        {

            // Held in its first phase: another instance, reading only the database, sees it there.
            using (var response = await client.GetAsync($"/api/v1/import-jobs/{queued.Id}/events", HttpCompletionOption.ResponseHeadersRead, ct))
            {
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
                Assert.Equal("reading", (await ReadUntilPhaseAsync(reader, "reading", ct)).Job.Phase);
            }

            Assert.Equal("Reading", await ScalarTextAsync($"SELECT phase FROM import_jobs WHERE id = '{queued.Id}'"));
            gate.Release(ImportJobPhase.Reading);
            gate.Release(ImportJobPhase.Validating);
            // The writing phase stores its total, the rows to write.
            await WaitForStoredPhaseAsync(queued.Id, "Writing", ct);
            Assert.Equal("3", await ScalarTextAsync($"SELECT phase_total::text FROM import_jobs WHERE id = '{queued.Id}'"));
            gate.ReleaseAll();

            var finished = await client.WaitForJobAsync(queued.Id);
            Assert.Equal("succeeded", finished.Status);
            Assert.Null(await ScalarTextAsync($"SELECT phase FROM import_jobs WHERE id = '{queued.Id}'"));

            // A finished job's stream is its done event alone.
            using var again = await client.GetAsync($"/api/v1/import-jobs/{queued.Id}/events", ct);
            var text = await again.Content.ReadAsStringAsync(ct);
            Assert.StartsWith("id: 1\nevent: done\ndata: {", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_stream_ends_with_a_timeout_event_after_its_longest_time()
    {
        await ImportHeldAtEachPhaseAsync(3, async (client, _, queued, ct) =>
        {
            using var response = await client.GetAsync($"/api/v1/import-jobs/{queued.Id}/events", HttpCompletionOption.ResponseHeadersRead, ct);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
            var events = new List<ServerSentEvent>();
            while (await ServerSentEvent.ReadAsync(reader, [], ct) is { } e)
            {
                events.Add(e);
            }

            // Held in its first phase, the job never finishes: the server ends the stream, telling the job as it is.
            var last = events[^1];
            Assert.Equal("timeout", last.Event);
            Assert.Equal(queued.Id, last.Job.Id);
            // A busy machine may not have started the job yet: queued or running, never final.
            Assert.Contains(last.Job.Status, new[] { "queued", "running" });
            Assert.All(events[..^1], e => Assert.Equal("progress", e.Event));
            Assert.Equal(events.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), last.Id);
        }, maxSeconds: 1);
    }

    [Fact]
    public async Task A_job_deleted_while_streaming_ends_the_stream_with_an_error_event_in_the_request_language()
    {
        await ImportHeldAtEachPhaseAsync(3, async (client, _, queued, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/import-jobs/{queued.Id}/events");
            request.Headers.AcceptLanguage.ParseAdd("en");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
            await ReadUntilPhaseAsync(reader, "reading", ct);

            await ScalarTextAsync($"DELETE FROM import_jobs WHERE id = '{queued.Id}'");
            ServerSentEvent? error;
            do
            {
                error = await ServerSentEvent.ReadAsync(reader, [], ct);
            }
            while (error is { Event: "progress" });

            Assert.NotNull(error);
            Assert.Equal("error", error.Event);
            using var problem = System.Text.Json.JsonDocument.Parse(error.Data);
            var root = problem.RootElement;
            Assert.Equal("urn:doublerandom:problem:not-found", root.GetProperty("type").GetString());
            Assert.Equal(404, root.GetProperty("status").GetInt32());
            Assert.Equal("import-events-failed", root.GetProperty("code").GetString());
            Assert.Equal("The import job no longer exists.", root.GetProperty("title").GetString());
            Assert.False(string.IsNullOrEmpty(root.GetProperty("traceId").GetString()));
            Assert.Null(await ServerSentEvent.ReadAsync(reader, [], ct));
        });
    }

    [Fact]
    public async Task An_unknown_job_has_no_stream()
    {
        var problem = await (await Client.GetAsync($"/api/v1/import-jobs/{Guid.NewGuid()}/events")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(404, problem.Status);
    }

    /// <summary>
    /// Imports <paramref name="targets"/> targets through a service whose progress is behind a <see cref="PhaseGate"/>
    /// (reading jobs every 50 ms for its streams, ending them after <paramref name="maxSeconds"/>) and runs <paramref name="test"/> with the queued job; every gate opens at the end.
    /// </summary>
    private async Task ImportHeldAtEachPhaseAsync(
        int targets, Func<HttpClient, PhaseGate, ImportJobDto, CancellationToken, Task> test, int maxSeconds = 600)
    {
        await using var factory = Fixture.Factory.WithWebHostBuilder(b => b
            .UseSetting("Imports:EventsPollMilliseconds", "50")
            .UseSetting("Imports:EventsMaxSeconds", maxSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ConfigureTestServices(services => services.AddSingleton<IImportProgress>(sp =>
                new PhaseGate(ActivatorUtilities.CreateInstance<ImportProgress>(sp)))));
        var gate = (PhaseGate)factory.Services.GetRequiredService<IImportProgress>();
        using var client = factory.CreateAdministratorClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await client.SeedOrganizationAsync();
        try
        {
            var queued = await (await client.UploadAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(targets)), "targets.csv", "mode=apply"))
                .ReadAsync<ImportJobDto>(HttpStatusCode.Accepted);
            await test(client, gate, queued, timeout.Token);
        }
        finally
        {
            gate.ReleaseAll();
        }
    }

    private static async Task<ServerSentEvent> ReadUntilPhaseAsync(StreamReader reader, string phase, CancellationToken ct)
    {
        while (true)
        {
            var e = await ServerSentEvent.ReadAsync(reader, [], ct) ?? throw new InvalidOperationException($"The stream ended before {phase}.");
            if (e.Job.Phase == phase)
            {
                return e;
            }
        }
    }

    private async Task<string?> ScalarTextAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() as string;
    }

    private async Task WaitForStoredPhaseAsync(Guid id, string phase, CancellationToken ct)
    {
        while (await ScalarTextAsync($"SELECT phase FROM import_jobs WHERE id = '{id}'") != phase)
        {
            await Task.Delay(20, ct);
        }
    }
}
