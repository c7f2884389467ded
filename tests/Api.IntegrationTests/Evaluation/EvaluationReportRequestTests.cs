using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using DoubleRandom.Api.Cli;
using DoubleRandom.Api.IntegrationTests.Audit;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Evaluation;
using DoubleRandom.Application.Evaluation.Commands.RunEvaluationReport;
using DoubleRandom.Application.Risk.Jobs;
using DoubleRandom.Domain.Evaluation;
using DoubleRandom.Domain.Identity;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DoubleRandom.Api.IntegrationTests.Evaluation;

/// <summary>
/// What the report endpoints refuse and how (every bad input a 4xx problem that writes nothing; unknown ids 404; figures
/// and files of an unfinished report 409; the roles), the cancellation of a queued report, and the command line.
/// </summary>
public sealed class EvaluationReportRequestTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static TheoryData<string, int, string> BadRequests => new()
    {
        { "{}", 400, "year" },
        { """{"from":"2026-05-01","to":"2026-04-01"}""", 400, "to" },
        { """{"from":"2020-01-01"}""", 400, "from" },
        { """{"from":"2020-01-01","to":"2023-01-05"}""", 400, "to" },
        { """{"year":1999}""", 400, "year" },
        { """{"year":2026,"quarter":5}""", 400, "quarter" },
        { """{"quarter":2}""", 400, "quarter" },
        { """{"year":2026,"from":"2026-01-01","to":"2026-02-01"}""", 400, "from" },
        { $$"""{"year":2026,"unitIds":["{{Guid.NewGuid()}}"]}""", 400, "unitIds" },
        { """{"year":2026,"departmentCodes":["no-such-department"]}""", 400, "departmentCodes" },
        { """{"year":2026,"departmentCodes":["a\u0000b"]}""", 400, "departmentCodes[0]" },
        { $$"""{"year":2026,"departmentCodes":["{{new string('x', 33)}}"]}""", 400, "departmentCodes[0]" },
        { """{"year":2026,"industrySections":["Z"]}""", 400, "industrySections[0]" },
        { """{"year":99999999999}""", 400, "" },
        { """{"year":2026,"unitIds":["not-a-guid"]}""", 400, "" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_is_a_problem_with_the_field_and_writes_nothing(string body, int status, string field)
    {
        using var analyst = Fixture.Factory.CreateClientAs("analyst-1", [Roles.Analyst]);
        var before = (await Client.EntriesAsync()).Count;

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var problem = await (await analyst.PostAsync("/api/v1/evaluation-reports", content)).ReadProblemAsync((HttpStatusCode)status);

        if (field.Length > 0)
        {
            Assert.True(problem.Errors?.Keys.Any(k => string.Equals(k, field, StringComparison.OrdinalIgnoreCase)) == true,
                $"{body}: {string.Join(", ", problem.Errors?.Keys.ToArray() ?? [])}");
        }

        Assert.Equal(0, await JobsAsync());
        Assert.Equal(before, (await Client.EntriesAsync()).Count);
    }

    [Fact]
    public async Task A_period_that_has_not_begun_is_422_and_writes_nothing()
    {
        using var analyst = Fixture.Factory.CreateClientAs("analyst-1", [Roles.Analyst]);
        var from = Today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = Today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var problem = await (await analyst.PostJsonAsync("/api/v1/evaluation-reports", new { from, to })).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("evaluation-period-in-future", problem.Code);
        Assert.Contains("from", problem.Errors!.Keys);
        Assert.Equal(0, await JobsAsync());
    }

    [Fact]
    public async Task Only_analysts_and_administrators_reach_reports_and_unknown_ids_are_404()
    {
        using var operatorClient = Fixture.Factory.CreateClientAs("operator-1", [Roles.Operator]);
        using var anonymous = Fixture.Factory.CreateClient();
        using var analyst = Fixture.Factory.CreateClientAs("analyst-1", [Roles.Analyst]);
        var unknown = Guid.NewGuid();

        Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.PostJsonAsync("/api/v1/evaluation-reports", new { year = 2026 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.GetAsync("/api/v1/evaluation-reports")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync("/api/v1/evaluation-reports", new { year = 2026 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/evaluation-reports/{unknown}")).StatusCode);
        Assert.Equal(0, await JobsAsync());

        await (await analyst.GetAsync($"/api/v1/evaluation-reports/{unknown}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await analyst.GetAsync($"/api/v1/evaluation-reports/{unknown}/figures")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await analyst.GetAsync($"/api/v1/evaluation-reports/{unknown}/file?format=html")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await analyst.PostAsync($"/api/v1/evaluation-reports/{unknown}/cancellation", null)).ReadProblemAsync(HttpStatusCode.NotFound);
        var format = await (await analyst.GetAsync($"/api/v1/evaluation-reports/{unknown}/file?format=docx")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("format", format.Errors!.Keys);
        var status = await (await analyst.GetAsync("/api/v1/evaluation-reports?status=a%00b")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(status.Errors);
    }

    [Fact]
    public async Task A_queued_report_is_not_ready_and_its_cancellation_is_audited_once()
    {
        using var analyst = Fixture.Factory.CreateClientAs("analyst-1", [Roles.Analyst]);
        var id = await QueuedAsync();

        var notReady = await (await analyst.GetAsync($"/api/v1/evaluation-reports/{id}/figures")).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("evaluation-report-not-ready", notReady.Code);
        Assert.Equal("evaluation-report-not-ready",
            (await (await analyst.GetAsync($"/api/v1/evaluation-reports/{id}/file")).ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        var cancelled = await (await analyst.PostAsync($"/api/v1/evaluation-reports/{id}/cancellation", null)).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("cancelled", true), (cancelled.GetProperty("status").GetString(), cancelled.GetProperty("cancelRequested").GetBoolean()));
        var again = await (await analyst.PostAsync($"/api/v1/evaluation-reports/{id}/cancellation", null)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("evaluation-report-finished", again.Code);

        var entry = Assert.Single(await Client.EntriesAsync("&action=report.cancel"));
        Assert.Equal((id.ToString(), "analyst-1"), (entry.EntityId, entry.ActorName));
    }

    [Fact]
    public async Task A_running_report_stops_when_cancelled_and_stores_nothing()
    {
        using var analyst = Fixture.Factory.CreateClientAs("analyst-1", [Roles.Analyst]);
        var id = await QueuedAsync();
        var facts = new BlockingFactSource();
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var handler = new RunEvaluationReportHandler(
            services.GetRequiredService<IApplicationDbContext>(), facts, services.GetRequiredService<IEvaluationReportBuilder>(),
            services.GetRequiredService<IEvaluationReportRenderer>(), services.GetRequiredService<IEvaluationReportProgressStore>(),
            services.GetRequiredService<IAuditLog>(), services.GetRequiredService<RiskJobSignals>(), TimeProvider.System,
            NullLogger<RunEvaluationReportHandler>.Instance);

        var running = handler.Handle(new RunEvaluationReportCommand(id), CancellationToken.None).AsTask();
        await facts.Started.Task.WaitAsync(TimeSpan.FromMinutes(1));
        var asked = await (await analyst.PostAsync($"/api/v1/evaluation-reports/{id}/cancellation", null)).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("running", true), (asked.GetProperty("status").GetString(), asked.GetProperty("cancelRequested").GetBoolean()));
        await running.WaitAsync(TimeSpan.FromMinutes(1));

        var job = await (await analyst.GetAsync($"/api/v1/evaluation-reports/{id}")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("cancelled", job.GetProperty("status").GetString());
        Assert.Empty(job.GetProperty("files").EnumerateArray());
        Assert.Equal("evaluation-report-not-ready",
            (await (await analyst.GetAsync($"/api/v1/evaluation-reports/{id}/figures")).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Empty(await Client.EntriesAsync("&action=report.generate"));
        Assert.Single(await Client.EntriesAsync("&action=report.cancel"));
    }

    [Fact]
    public async Task A_running_report_whose_process_is_gone_is_ended_as_interrupted_by_its_cancellation()
    {
        using var analyst = Fixture.Factory.CreateClientAs("analyst-1", [Roles.Analyst]);
        var id = await QueuedAsync(startedAtUtc: DateTime.UtcNow.AddHours(-1));

        var job = await (await analyst.PostAsync($"/api/v1/evaluation-reports/{id}/cancellation", null)).ReadAsync<JsonElement>(HttpStatusCode.OK);

        Assert.Equal(("failed", "evaluation-report-interrupted"), (job.GetProperty("status").GetString(), job.GetProperty("errorCode").GetString()));
        Assert.Empty(await Client.EntriesAsync("&action=report.cancel"));
    }

    [Fact]
    public async Task The_command_line_writes_the_report_and_prints_its_fingerprint_and_refuses_bad_arguments_with_exit_2()
    {
        var path = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.html");
        try
        {
            var (exit, output, error) = await RunAsync("evaluation", "--year", "2002", "--out", path);
            Assert.True(exit == 0, error);
            Assert.Contains("指纹 fingerprint: ", output, StringComparison.Ordinal);
            var html = await File.ReadAllTextAsync(path);
            Assert.Contains("2002年", html, StringComparison.Ordinal);
            await using var scope = Fixture.Factory.Services.CreateAsyncScope();
            var job = await scope.ServiceProvider.GetRequiredService<AppDbContext>().EvaluationReportJobs.SingleAsync();
            Assert.Equal((EvaluationReportStatus.Succeeded, EvaluationReportCommand.Actor), (job.Status, job.RequestedBy));
            Assert.Contains(job.Fingerprint!, output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }

        foreach (var args in new[]
        {
            new[] { "evaluation", "--year", "2002" },
            ["evaluation", "--year", "2002", "--out", "report.docx"],
            ["evaluation", "--year", "abc", "--out", "report.pdf"],
            ["evaluation", "--year", "1999", "--out", "report.pdf"],
            ["evaluation", "--year", "2002", "--quarter", "5", "--out", "report.pdf"],
            ["evaluation", "--from", "2002-13-01", "--to", "2002-12-31", "--out", "report.pdf"],
            ["evaluation", "--year", "2002", "--unit", "NO-SUCH-UNIT", "--out", "report.pdf"],
            ["evaluation", "--year", "2002", "--colour", "red", "--out", "report.pdf"],
            ["evaluation", "--out", "report.pdf"],
            ["summary"],
        })
        {
            var (exit, _, error) = await RunAsync(args);
            Assert.True(exit == 2, string.Join(' ', args));
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error);
        }

        Assert.Equal(1, await JobsAsync());
    }

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        await using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        await using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var exit = await EvaluationReportCommand.RunAsync(Fixture.Factory.Services, args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private async Task<int> JobsAsync()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().EvaluationReportJobs.CountAsync();
    }

    /// <summary>A queued job the worker never received (as after a hand-off lost), or one started by a process that is gone: its row only.</summary>
    private async Task<Guid> QueuedAsync(DateTime? startedAtUtc = null)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var job = EvaluationReportJob.Queue(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "2026年",
            """{"unitIds":[],"departmentCodes":[],"industrySections":[]}""", "analyst-1", null, DateTime.UtcNow);
        if (startedAtUtc is { } started)
        {
            job.Start("Reading", started);
        }

        db.EvaluationReportJobs.Add(job);
        await db.SaveChangesAsync();
        return job.Id;
    }
}
