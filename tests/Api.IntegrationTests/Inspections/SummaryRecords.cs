using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>Inspection records of the scenario's targets, written and revised through the API by the group's inspectors.</summary>
internal static class SummaryRecords
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>A record of every item of the task ("no problem") for each target, written by the group's member.</summary>
    public static async Task WriteAsync(InspectionScenario s, int group, IEnumerable<string> codes)
    {
        foreach (var code in codes)
        {
            await s.RecordAsync(s.Group(group).Member, code);
        }
    }

    /// <summary>The group's leader revises one record (PUT with If-Match): every item now has a finding to rectify by 2026-12-31.</summary>
    public static async Task ReviseAsync(InspectionScenario s, int group, string code, string findings) =>
        Assert.Equal(HttpStatusCode.OK, (await TryReviseAsync(s, group, code, findings)).StatusCode);

    /// <summary>The same revision, answered as it is (a final record's is 409 record-final).</summary>
    public static async Task<HttpResponseMessage> TryReviseAsync(InspectionScenario s, int group, string code, string findings)
    {
        var leader = s.Group(group).Leader;
        using var summary = await (await leader.Client.GetAsync($"/api/v1/tasks/{s.TaskId}/groups/{group}/summary")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var id = summary.RootElement.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("code").GetString() == code).GetProperty("recordId").GetGuid();
        var url = $"/api/v1/inspection-records/{id}";
        var read = await leader.Client.GetAsync(url);
        using var revise = new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = Http.JsonBody(JsonSerializer.Serialize(s.RevisionBody("ordered-to-rectify", findings), Web)),
        };
        revise.Headers.IfMatch.Add(read.Headers.ETag!);
        return await leader.Client.SendAsync(revise);
    }
}
