using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Inspections;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.Publication;

/// <summary>
/// The inspection scenario taken to the end of the inspection through the API: every target's record written, every
/// group's summary signed (members, then the leader) and the task closed — and, for deadlines, the close moved to a
/// chosen instant (the one test-side change: the suite has no test clock).
/// </summary>
internal static class PublicationScenario
{
    /// <summary>
    /// Records for every target of every group (category per group: group 1 "no-problem", group 2
    /// "ordered-to-rectify"); returns their ids by target code.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, Guid>> RecordAllAsync(InspectionScenario s)
    {
        var records = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var group in s.Groups)
        {
            foreach (var code in group.TargetCodes)
            {
                records[code] = (await s.RecordAsync(group.Member, code, group.Number == 1 ? "no-problem" : "ordered-to-rectify")).GetProperty("id").GetGuid();
            }
        }

        return records;
    }

    /// <summary>The member signs the group's current summary, then the leader (the sign-off).</summary>
    public static async Task SignOffAsync(InspectionScenario s, int group)
    {
        var url = $"/api/v1/tasks/{s.TaskId}/groups/{group}/summary";
        using var summary = await (await s.Group(group).Member.Client.GetAsync(url)).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var hash = summary.RootElement.GetProperty("contentSha256").GetString()!;
        (await GroupSummaryTests.SignAsync(s.Group(group).Member, url, hash)).EnsureSuccessStatusCode();
        (await GroupSummaryTests.SignAsync(s.Group(group).Leader, url, hash)).EnsureSuccessStatusCode();
    }

    public static async Task CloseAsync(InspectionScenario s) =>
        (await s.Draw.Operator.PostAsync($"/api/v1/tasks/{s.TaskId}/close", null)).EnsureSuccessStatusCode();

    /// <summary>A scenario with every record written, every summary signed off and the task closed.</summary>
    public static async Task<InspectionScenario> ReadyAsync(ApiFactory factory, HttpClient admin, string targetPrefix = "T")
    {
        var s = await InspectionScenario.StartAsync(factory, admin, targetPrefix);
        await RecordAllAsync(s);
        foreach (var group in s.Groups)
        {
            await SignOffAsync(s, group.Number);
        }

        await CloseAsync(s);
        return s;
    }

    /// <summary>Moves the task's close to <paramref name="closedAtUtc"/> (its completion date follows).</summary>
    public static async Task MoveCloseAsync(ApiFactory factory, Guid taskId, DateTime closedAtUtc)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.InspectionTasks.Where(t => t.Id == taskId).ExecuteUpdateAsync(t => t.SetProperty(x => x.ClosedAtUtc, closedAtUtc));
    }
}
