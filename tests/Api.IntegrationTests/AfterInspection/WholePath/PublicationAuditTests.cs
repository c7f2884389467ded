using DoubleRandom.Api.IntegrationTests.AfterInspection.PublicResults;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Publication;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.WholePath;

/// <summary>
/// Publication is audited in proportion (ADR 0024): the published rows are not audited one by one; the publication's own
/// entry carries their count and their SHA-256 in canonical order (<see cref="PublishedResultsDigest"/>), which matches
/// the rows in the database.
/// </summary>
public sealed class PublicationAuditTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task Publishing_writes_one_audit_entry_with_the_row_count_and_digest_not_one_per_row()
    {
        var s = await PublishedTask.ClosedAsync(Fixture.Factory, Client, "AU");
        var before = await AuditCountAsync();
        var publication = await PublishedTask.PublishAsync(s);
        Assert.Equal(16, publication.GetProperty("resultCount").GetInt32());

        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var added = await db.AuditEntries.Where(e => e.Sequence > before).ToListAsync();
        Assert.DoesNotContain(added, e => e.EntityType == nameof(PublishedResult));
        Assert.True(added.Count < 16, $"{added.Count} audit entries for 16 published rows: {string.Join(", ", added.Select(e => e.EntityType))}");
        var entry = Assert.Single(added, e => e.EntityType == nameof(TaskPublication) && e.Action == "create");
        var rows = await db.PublishedResults.AsNoTracking().Where(r => r.TaskId == s.TaskId).ToListAsync();
        Assert.Equal(16, rows.Count);
        var digest = PublishedResultsDigest.Of(rows);
        Assert.Matches("^[0-9a-f]{64}$", digest);
        Assert.Contains($"\"resultsSha256\":\"{digest}\"", entry.After, StringComparison.Ordinal);
        Assert.Contains("\"resultCount\":16", entry.After, StringComparison.Ordinal);
        Assert.Equal("op-1", entry.ActorName);
    }

    private async Task<long> AuditCountAsync()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.AuditEntries.MaxAsync(e => (long?)e.Sequence) ?? 0;
    }
}
