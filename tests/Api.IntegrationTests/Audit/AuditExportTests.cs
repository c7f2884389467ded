using System.Net;
using System.Text;
using DoubleRandom.Api.IntegrationTests.Organization;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Common.Interfaces;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Audit;

/// <summary>The CSV export for Excel, and the daily heads anyone can keep.</summary>
public sealed class AuditExportTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task The_csv_export_is_excel_ready_utf8_with_bom_and_defuses_formulas()
    {
        await (await Client.PostJsonAsync("/api/v1/branch-units", new { code = "NX-640100", name = "=银川市,\"局\"", regionCode = "640100" }))
            .ReadAsync<BranchUnitDto>(HttpStatusCode.Created);
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAuditLog>()
                .RecordReadAsync("Person", "@SUM(1+1)", "=HYPERLINK(\"http://evil\")", CancellationToken.None);
        }

        var response = await Client.GetAsync("/api/v1/audit/entries.csv?fromSequence=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Downloads.AssertNames(response, $"audit-entries-{Downloads.Today}.csv", $"审计记录-{Downloads.Today}.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);

        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        // The export records itself before it starts, so it is its own last line.
        Assert.Contains(",read,AuditTrail,entries.csv,", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("sequence,occurredAtUtc,actorId,actorName", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("1,", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"{\"\"code\"\":\"\"NX-640100\"\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("=银川市,\\\"\"局\\\"\"", lines[1], StringComparison.Ordinal);
        Assert.Contains(",Person,'@SUM(1+1),,,\"'=HYPERLINK(\"\"http://evil\"\")\",", lines[2], StringComparison.Ordinal);

        await (await Client.GetAsync("/api/v1/audit/entries.csv?action=BAD")).ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Public_heads_give_the_last_entry_of_each_Shanghai_day()
    {
        var clock = new ManualClock(new DateTime(2026, 11, 20, 15, 59, 59, DateTimeKind.Utc)); // 23:59:59 in Shanghai
        await using var factory = Fixture.Factory.WithWebHostBuilder(b =>
            b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var client = factory.CreateAdministratorClient();
        async Task CreateAsync(string code) =>
            await (await client.PostJsonAsync("/api/v1/branch-units", new { code, name = code, regionCode = "640100" }))
                .ReadAsync<BranchUnitDto>(HttpStatusCode.Created);

        await CreateAsync("A");
        clock.Now = clock.Now.AddSeconds(2); // 11-21 00:00:01 in Shanghai
        await CreateAsync("B");
        await CreateAsync("C");
        clock.Now = new DateTime(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);
        await CreateAsync("D");

        var entries = await client.EntriesAsync();
        var heads = await (await client.GetAsync("/api/v1/public/audit/heads?from=2026-11-19&to=2026-11-23"))
            .ReadAsync<List<HeadView>>(HttpStatusCode.OK);
        Assert.Equal(
            [(new DateOnly(2026, 11, 23), 4L, false), (new DateOnly(2026, 11, 21), 3L, true), (new DateOnly(2026, 11, 20), 1L, true)],
            heads.Select(h => (h.Date, h.Sequence, h.Final)));
        Assert.All(heads, h => Assert.Equal(entries[(int)h.Sequence - 1].Hash, h.Hash));

        var byDefault = await (await client.GetAsync("/api/v1/public/audit/heads")).ReadAsync<List<HeadView>>(HttpStatusCode.OK);
        Assert.Equal(heads, byDefault);
        var bad = await (await client.GetAsync("/api/v1/public/audit/heads?from=2026-11-23&to=2026-11-01")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("to", bad.Errors!.Keys);
        await (await client.GetAsync("/api/v1/public/audit/heads?from=someday")).ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    private sealed class ManualClock(DateTime now) : TimeProvider
    {
        public DateTime Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => new(Now, TimeSpan.Zero);
    }
}
