using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>Inspection records of the scenario's targets written straight into the database, for the summary tests.</summary>
internal static class SummaryRecords
{
    public static readonly DateTime Started = new(2026, 12, 8, 1, 30, 0, DateTimeKind.Utc);

    /// <summary>A record of every item of the task for each target, in the given category.</summary>
    public static async Task WriteAsync(ApiFactory factory, InspectionScenario s, int group, IEnumerable<string> codes, string category = "no-problem")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var names = await db.InspectionItems.Where(i => s.ItemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name);
        foreach (var code in codes)
        {
            var name = await db.Targets.Where(t => t.Code == code).Select(t => t.Name).SingleAsync();
            db.InspectionRecords.Add(InspectionRecord.Create(
                s.TaskId, s.DrawId, group, code, name, Visit(s, names, category, null), s.ItemIds, "insp-o001", DateTime.UtcNow));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Revises one record: the first item now has a finding to rectify (as a PUT of the record would).</summary>
    public static async Task ReviseAsync(ApiFactory factory, InspectionScenario s, string code, string findings)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var names = await db.InspectionItems.Where(i => s.ItemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name);
        var record = await db.InspectionRecords.SingleAsync(r => r.TaskId == s.TaskId && r.TargetCode == code);
        record.Revise(Visit(s, names, "ordered-to-rectify", findings), s.ItemIds);
        await db.SaveChangesAsync();
    }

    private static InspectionVisit Visit(InspectionScenario s, Dictionary<Guid, string> names, string category, string? findings) =>
        new(InspectionMethod.OnSite, Started, Started.AddMinutes(75), "经营场所", 38.4872, 106.2309,
        [
            .. s.ItemIds.Select((id, i) => new ItemResult(id, names[id], i == 0 ? category : "no-problem", i == 0 ? findings : null,
                i == 0 && findings is not null ? "《食品安全法》第五十四条" : null,
                i == 0 && findings is not null ? new DateOnly(2026, 12, 31) : null)),
        ]);
}
