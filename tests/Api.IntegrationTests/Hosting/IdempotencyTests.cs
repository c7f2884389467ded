using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Inspections;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Hosting;

/// <summary>
/// The <c>Idempotency-Key</c> of submissions (<c>.Idempotent()</c>): a retried or doubled POST records once and answers
/// the first answer byte for byte; the key with another body is a 422; a missing or malformed key a 400; a refusal frees
/// the key. On PostgreSQL, with inspection records; on SQLite, with licence scans.
/// </summary>
public sealed class IdempotencyTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private const string Replayed = "Idempotent-Replayed";

    [Fact]
    public async Task The_same_key_sent_twice_at_once_records_once_and_both_get_the_same_answer()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var member = s.Group(1).Member;
        var code = s.Group(1).TargetCodes[0];
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => PostRecordAsync(member.Client, s, s.RecordBody(code), key)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.Status));
        Assert.Equal(answers[0].Location, answers[1].Location);
        Assert.Equal(answers[0].Body, answers[1].Body);
        Assert.Equal(answers[0].ContentType, answers[1].ContentType);
        Assert.Single(answers, a => a.Replayed);
        Assert.Equal(1, await CountAsync(db => db.InspectionRecords.CountAsync(r => r.TaskId == s.TaskId && r.TargetCode == code)));

        // A retry after the answer: the same answer again, still one record and one audit entry of its creation.
        var retry = await PostRecordAsync(member.Client, s, s.RecordBody(code), key);
        Assert.Equal((HttpStatusCode.Created, answers[0].Location, answers[0].Body, true), (retry.Status, retry.Location, retry.Body, retry.Replayed));
        Assert.Equal(1, await CountAsync(db => db.InspectionRecords.CountAsync(r => r.TaskId == s.TaskId && r.TargetCode == code)));
        Assert.Equal(1, await CountAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "InspectionRecord" && e.Action == "create")));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_a_422_that_writes_nothing()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var group = s.Group(1);
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await PostRecordAsync(group.Member.Client, s, s.RecordBody(group.TargetCodes[0]), key)).Status);

        using var request = RecordRequest(s, s.RecordBody(group.TargetCodes[1]), key);
        var problem = await (await group.Member.Client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("idempotency-key-reused", problem.Code);
        Assert.Contains("Idempotency-Key", problem.Errors!.Keys);
        Assert.Equal(0, await CountAsync(db => db.InspectionRecords.CountAsync(r => r.TargetCode == group.TargetCodes[1])));

        // Keys are per user: another inspector's request with the same key is their own.
        Assert.Equal(HttpStatusCode.Created, (await PostRecordAsync(group.Leader.Client, s, s.RecordBody(group.TargetCodes[1]), key)).Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("tab\tkey")]
    [InlineData("钥匙")]
    [InlineData("256")]
    public async Task A_missing_or_malformed_key_is_a_400_on_the_header_that_writes_nothing(string? key)
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var group = s.Group(1);
        using var request = RecordRequest(s, s.RecordBody(group.TargetCodes[0]), key == "256" ? new string('k', 256) : key);

        var problem = await (await group.Member.Client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("Idempotency-Key", problem.Errors!.Keys);
        Assert.Equal(0, await CountAsync(db => db.InspectionRecords.CountAsync()));
        Assert.Equal(0, await CountAsync(db => db.Set<Infrastructure.Persistence.Idempotency.IdempotentRequest>().CountAsync()));
    }

    [Fact]
    public async Task A_refused_request_frees_its_key_and_a_corrected_retry_with_it_is_taken()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client);
        var member = s.Group(1).Member;
        var key = Guid.NewGuid().ToString();

        var refused = await PostRecordAsync(member.Client, s, s.RecordBody(s.Group(2).TargetCodes[0]), key);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.False(refused.Replayed);

        var taken = await PostRecordAsync(member.Client, s, s.RecordBody(s.Group(1).TargetCodes[0]), key);
        Assert.Equal((HttpStatusCode.Created, false), (taken.Status, taken.Replayed));
    }

    [Fact]
    public async Task A_retried_licence_scan_replays_its_answer_and_audits_the_scan_once()
    {
        var inspector = Fixture.Factory.CreateClientAs("insp-retry", ["inspector"]);
        var image = LicenceImages.Licence("91640100MA76QK9990", "示例公司", qrText: "uniscid=91640100MA76QK9990");
        var key = Guid.NewGuid().ToString();

        var first = await LicenceScanTests.PostAsync(inspector, image, "a.png", key);
        var second = await LicenceScanTests.PostAsync(inspector, image, "a.png", key);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal("true", second.Headers.GetValues(Replayed).Single());
        Assert.Equal(1, await CountAsync(db => db.AuditEntries.CountAsync(e => e.Action == "licence.scan")));
        var other = await LicenceScanTests.PostAsync(inspector, LicenceImages.Blank(), "a.png", key);
        Assert.Equal("idempotency-key-reused", (await other.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Code);
    }

    internal static async Task<Answer> PostRecordAsync(HttpClient client, InspectionScenario s, object body, string key)
    {
        using var request = RecordRequest(s, body, key);
        var response = await client.SendAsync(request);
        return new Answer(
            response.StatusCode, response.Headers.Location?.ToString(), response.Content.Headers.ContentType?.ToString(),
            await response.Content.ReadAsStringAsync(),
            response.Headers.TryGetValues(Replayed, out var values) && values.Single() == "true");
    }

    private static HttpRequestMessage RecordRequest(InspectionScenario s, object body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{s.TaskId}/inspection-records")
        {
            Content = JsonContent.Create(body, options: new JsonSerializerOptions(JsonSerializerDefaults.Web)),
        };
        if (key is null)
        {
            request.Options.Set(AutoIdempotencyKey.Omit, true);
        }
        else
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        return request;
    }

    private async Task<int> CountAsync(Func<AppDbContext, Task<int>> count)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    internal sealed record Answer(HttpStatusCode Status, string? Location, string? ContentType, string Body, bool Replayed);
}
