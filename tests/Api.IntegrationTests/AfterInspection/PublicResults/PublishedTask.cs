using DoubleRandom.Api.IntegrationTests.Inspections;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Publication;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>
    /// Publishes the task (一公开) as the publish action does: the task's rows written by
    /// <see cref="Application.Publication.PublishedResults"/> and its <see cref="TaskPublication"/>, in one unit of work.
    /// </summary>
    public static async Task PublishAsync(ApiFactory factory, InspectionScenario s)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var task = await db.InspectionTasks.SingleAsync(t => t.Id == s.TaskId);
        var now = DateTime.UtcNow;
        var today = PublicationDates.ShanghaiDate(now);
        var count = await Application.Publication.PublishedResults.WriteTaskAsync(db, task, today, CancellationToken.None);
        db.TaskPublications.Add(TaskPublication.Create(task.Id, PublicationDates.ShanghaiDate(task.ClosedAtUtc!.Value), today.AddDays(28), now, "op-1", count));
        await db.SaveChangesAsync();
    }
}
