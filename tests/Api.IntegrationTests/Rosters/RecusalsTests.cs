using System.Net;
using DoubleRandom.Api.IntegrationTests.Organization;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Rosters.Recusals;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

public sealed class RecusalsTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private const string Url = "/api/v1/recusals";

    private async Task<(OfficerDto A, OfficerDto B, TargetDto T1, TargetDto T2)> SetUpAsync()
    {
        var unit = await Client.SeedOrganizationAsync();
        async Task<OfficerDto> Officer(string number) => await (await Client.PostJsonAsync("/api/v1/officers",
            new { number, name = "王", unitId = unit, departmentCode = "amr" })).ReadAsync<OfficerDto>(HttpStatusCode.Created);
        return (await Officer("NX-A"), await Officer("NX-B"),
            await Client.CreateTargetAsync(RosterApi.TargetBody(RosterApi.Code(1))), await Client.CreateTargetAsync(RosterApi.TargetBody(RosterApi.Code(2))));
    }

    [Fact]
    public async Task Recusals_are_registered_listed_by_officer_or_target_changed_and_removed()
    {
        var (a, b, t1, t2) = await SetUpAsync();
        var created = await (await Client.PostJsonAsync(Url, new { officerId = a.Id, targetCode = t1.Code, reason = "kinship", validFrom = "2026-01-01", validTo = "2026-12-31" }))
            .ReadAsync<RecusalDto>(HttpStatusCode.Created);
        Assert.False(string.IsNullOrEmpty(created.RecordedBy)); // the acting user's name
        await Client.PostJsonAsync(Url, new { officerId = b.Id, targetCode = t1.Code, reason = "other", note = "曾为其提供咨询", validFrom = "2025-01-01" });
        await Client.PostJsonAsync(Url, new { officerId = a.Id, targetCode = t2.Code, reason = "priorCase", validFrom = "2026-01-01" });

        Assert.Equal(2, (await (await Client.GetAsync($"{Url}?officerId={a.Id}")).ReadAsync<Page<RecusalDto>>(HttpStatusCode.OK)).TotalCount);
        Assert.Equal(2, (await (await Client.GetAsync($"{Url}?targetCode={t1.Code}")).ReadAsync<Page<RecusalDto>>(HttpStatusCode.OK)).TotalCount);
        Assert.Equal(2, (await (await Client.GetAsync($"{Url}?activeOn=2027-01-01")).ReadAsync<Page<RecusalDto>>(HttpStatusCode.OK)).TotalCount);

        var updated = await (await Client.PutJsonAsync($"{Url}/{created.Id}", new { reason = "formerEmployer", validFrom = "2026-01-01", version = 1 }))
            .ReadAsync<RecusalDto>(HttpStatusCode.OK);
        Assert.Equal(("formerEmployer", (DateOnly?)null, 2), (updated.Reason, updated.ValidTo, updated.Version));
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"{Url}/{created.Id}")).StatusCode);
        await (await Client.GetAsync($"{Url}/{created.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_recusals_are_field_errors_and_nothing_is_written()
    {
        var (a, _, t1, _) = await SetUpAsync();
        var problem = await (await Client.PostJsonAsync(Url, new { officerId = Guid.NewGuid(), targetCode = "NOSUCH", reason = "other", validFrom = "2026-02-01", validTo = "2026-01-01" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["note", "officerId", "targetCode", "validTo"], problem.Errors!.Keys.Order(StringComparer.Ordinal));
        var missing = await (await Client.PostJsonAsync(Url, new { officerId = a.Id, targetCode = t1.Code })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["reason", "validFrom"], missing.Errors!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, await Fixture.CountRowsAsync("recusals"));
    }

    [Fact]
    public async Task The_recusal_source_joins_the_registry_and_the_officers_of_the_last_inspection()
    {
        var (a, b, t1, t2) = await SetUpAsync();
        await Client.PostJsonAsync(Url, new { officerId = a.Id, targetCode = t2.Code, reason = "kinship", validFrom = "2026-01-01", validTo = "2026-06-30" });
        await using (var connection = new NpgsqlConnection(Fixture.ConnectionString))
        {
            await connection.OpenAsync();
            // t1: inspected by A in 2024, then by B in 2025 — only B may not go again. t2: by A, but after the draw day.
            await using var insert = new NpgsqlCommand("""
                INSERT INTO inspection_history (officer_id, target_code, inspected_on) VALUES
                (@a, @t1, '2024-05-01'), (@b, @t1, '2025-05-01'), (@a, @t2, '2026-12-01')
                """, connection);
            insert.Parameters.AddWithValue("a", a.Id);
            insert.Parameters.AddWithValue("b", b.Id);
            insert.Parameters.AddWithValue("t1", t1.Code);
            insert.Parameters.AddWithValue("t2", t2.Code);
            await insert.ExecuteNonQueryAsync();
        }

        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<IRecusalSource>();
        var active = await source.GetActiveRecusalsAsync(new DateOnly(2026, 3, 1), [a.Id, b.Id], [t1.Code, t2.Code], CancellationToken.None);
        Assert.Equal(
            [(b.Id, t1.Code, RecusalOrigin.PreviousInspection), (a.Id, t2.Code, RecusalOrigin.Registry)],
            active.Select(r => (r.OfficerId, r.TargetCode, r.Origin)));

        var later = await source.GetActiveRecusalsAsync(new DateOnly(2026, 12, 2), [a.Id, b.Id], [t1.Code, t2.Code], CancellationToken.None);
        Assert.Equal([(b.Id, t1.Code), (a.Id, t2.Code)], later.Select(r => (r.OfficerId, r.TargetCode)));
        Assert.All(later, r => Assert.Equal(RecusalOrigin.PreviousInspection, r.Origin));
    }
}
