using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Inspections;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.PublicResults;

/// <summary>
/// The path to publication through the API: the scenario's sealed draw, a record of every drawn target (target 2's
/// items "ordered to rectify", the rest "no problem"), each group's summary signed by its member and signed off by its
/// leader, the task closed by the operator, then published (<see cref="PublishAsync"/>) or left unpublished.
/// </summary>
internal static class PublishedTask
{
    /// <summary>Target names that test the CSV: formula signs, quotes and commas, and characters outside the BMP.</summary>
    public static readonly IReadOnlyDictionary<int, string> AwkwardNames = new Dictionary<int, string>
    {
        [1] = "=HYPERLINK(\"http://evil.example\",\"点我\")恒泰商贸有限公司",
        [2] = "+86 鑫源餐饮有限公司",
        [3] = "-5 华盛科技有限公司",
        [4] = "@SUM(A1) 宏达建材有限公司",
        [5] = "𠀀𪚥龘䶮稀有字商行, \"宁夏\" 分店",
        [6] = "Acme 食品商行",
    };

    /// <summary>A closed task whose every group has signed off; not published yet.</summary>
    public static async Task<InspectionScenario> ClosedAsync(ApiFactory factory, HttpClient admin, string prefix, IReadOnlyDictionary<int, string>? names = null)
    {
        var s = await InspectionScenario.StartAsync(factory, admin, prefix, names ?? new Dictionary<int, string>());
        foreach (var group in s.Groups)
        {
            foreach (var code in group.TargetCodes)
            {
                await s.RecordAsync(group.Member, code, code == $"{prefix}0002" ? "ordered-to-rectify" : "no-problem");
            }

            var url = $"/api/v1/tasks/{s.TaskId}/groups/{group.Number}/summary";
            using var summary = await GroupSummaryTests.GetAsync(group.Member.Client, url);
            var hash = summary.RootElement.GetProperty("contentSha256").GetString()!;
            (await GroupSummaryTests.SignAsync(group.Member, url, hash)).EnsureSuccessStatusCode();
            (await GroupSummaryTests.SignAsync(group.Leader, url, hash)).EnsureSuccessStatusCode();
        }

        (await s.Draw.Operator.PostAsync($"/api/v1/tasks/{s.TaskId}/close", null)).EnsureSuccessStatusCode();
        return s;
    }

    /// <summary>Publishes the task (一公开) as its operator, through <c>POST /api/v1/tasks/{taskId}/publication</c>; returns the publication.</summary>
    public static async Task<JsonElement> PublishAsync(InspectionScenario s)
    {
        var response = await s.Draw.Operator.PostAsync($"/api/v1/tasks/{s.TaskId}/publication", null);
        using var body = await response.ReadAsync<JsonDocument>(HttpStatusCode.OK);
        return body.RootElement.Clone();
    }
}
