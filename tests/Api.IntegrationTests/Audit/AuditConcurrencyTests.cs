using System.Net;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Audit;

/// <summary>Many writers at once: the chain neither forks nor skips a number.</summary>
public sealed class AuditConcurrencyTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task A_hundred_concurrent_creates_leave_one_unbroken_chain_without_gaps()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            Client.PostJsonAsync("/api/v1/branch-units", new { code = $"C{i:000}", name = $"并发单位{i}", regionCode = "640100" })));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));

        var entries = await Client.EntriesAsync();
        Assert.Equal(Enumerable.Range(1, 100).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Equal(100, entries.Select(e => e.EntityId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(100, entries.Select(e => e.PrevHash).Distinct(StringComparer.Ordinal).Count());
        var verdict = await Client.VerifyAsync();
        Assert.True(verdict.Intact, verdict.Message);
        Assert.Equal(100, verdict.Length);
        // Every staged entry was linked and removed as its transaction committed.
        Assert.Equal(0, await Fixture.CountRowsAsync("audit_pending"));
    }

    [Fact]
    public async Task Racing_creates_of_one_code_leave_exactly_one_change_and_one_entry()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Client.PostJsonAsync("/api/v1/branch-units", new { code = "NX-640100", name = $"抢先{i}", regionCode = "640100" })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await Fixture.CountRowsAsync("audit_entries"));
        Assert.True((await Client.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task One_save_of_many_rows_appends_them_as_consecutive_links()
    {
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Departments.AddRange(Enumerable.Range(0, 600).Select(i => Department.Create($"d{i:000}", $"部门{i}")));
            db.BranchUnits.Add(BranchUnit.Create("NX-640100", "银川市", null, "640100"));
            await db.SaveChangesAsync();
        }

        var verdict = await Client.VerifyAsync();
        Assert.True(verdict.Intact, verdict.Message);
        Assert.Equal(601, verdict.Length);
        var entries = await Client.EntriesAsync("&fromSequence=599");
        Assert.Single(entries.Select(e => e.OccurredAtUtc).Distinct());
        Assert.Equal(0, await Fixture.CountRowsAsync("audit_pending"));
    }
}
