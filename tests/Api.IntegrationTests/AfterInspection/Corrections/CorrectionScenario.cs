using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Inspections;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.Corrections;

/// <summary>
/// Final results to correct: the inspection scenario with every target of group 1 recorded ("no problem") and group 1's
/// summary signed off (member, then leader). The supervising unit is the scenario's unit (the group leader's);
/// <see cref="Leader"/> and <see cref="OtherLeader"/> lead it, <see cref="ChildLeader"/> leads a unit below it (sees the
/// task, not the supervising unit), <see cref="ForeignLeader"/> a unit beside it (does not see the task).
/// </summary>
internal sealed class CorrectionScenario
{
    private CorrectionScenario(InspectionScenario s, ApiFactory factory) => (Inspection, Factory) = (s, factory);

    public InspectionScenario Inspection { get; }

    public ApiFactory Factory { get; }

    public ScenarioGroup Group => Inspection.Group(1);

    public string SummaryUrl => $"/api/v1/tasks/{Inspection.TaskId}/groups/1/summary";

    public HttpClient Leader { get; private set; } = null!;

    public HttpClient OtherLeader { get; private set; } = null!;

    public HttpClient ChildLeader { get; private set; } = null!;

    public HttpClient ForeignLeader { get; private set; } = null!;

    /// <summary>The unit beside the scenario's (固原市局): it does not see the task.</summary>
    public Guid ForeignUnit { get; private set; }

    /// <summary>The record ids of group 1's targets, by target code.</summary>
    public IReadOnlyDictionary<string, Guid> Records { get; private set; } = new Dictionary<string, Guid>();

    public Guid FirstRecord => Records[Group.TargetCodes[0]];

    public static async Task<CorrectionScenario> StartAsync(ApiFactory factory, HttpClient admin, bool signOff = true)
    {
        var s = await InspectionScenario.StartAsync(factory, admin);
        var records = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var code in s.Group(1).TargetCodes)
        {
            records[code] = (await s.RecordAsync(s.Group(1).Member, code)).GetProperty("id").GetGuid();
        }

        var scenario = Of(factory, s, records);
        if (signOff)
        {
            await scenario.SignOffAsync();
        }

        Guid child, foreign;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var parent = await db.BranchUnits.SingleAsync(u => u.Id == s.Draw.UnitId);
            var below = BranchUnit.Create("YC-XQ", "兴庆区分局", parent, "640104");
            var beside = BranchUnit.Create("GY", "固原市局", null, "640400");
            db.BranchUnits.AddRange(below, beside);
            await db.SaveChangesAsync();
            (child, foreign) = (below.Id, beside.Id);
        }

        scenario.ChildLeader = factory.CreateClientAs("leader-xq", ["leader"], child);
        scenario.ForeignLeader = factory.CreateClientAs("leader-gy", ["leader"], foreign);
        scenario.ForeignUnit = foreign;
        return scenario;
    }

    /// <summary>
    /// Corrections on a scenario whose group 1 records are already written (<paramref name="records"/>, by target code):
    /// the supervising unit's two leaders, no other units.
    /// </summary>
    public static CorrectionScenario Of(ApiFactory factory, InspectionScenario s, IReadOnlyDictionary<string, Guid> records) => new(s, factory)
    {
        Records = records,
        Leader = factory.CreateClientAs("leader-1", ["leader"], s.Draw.UnitId),
        OtherLeader = factory.CreateClientAs("leader-2", ["leader"], s.Draw.UnitId),
    };

    /// <summary>The group's member signs the current content, then its leader: the summary is signed off.</summary>
    public async Task SignOffAsync()
    {
        using var summary = await (await Group.Member.Client.GetAsync(SummaryUrl)).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var hash = summary.RootElement.GetProperty("contentSha256").GetString();
        (await Group.Member.Client.PostJsonAsync($"{SummaryUrl}/signatures", new { contentSha256 = hash })).EnsureSuccessStatusCode();
        using var off = await (await Group.Leader.Client.PostJsonAsync($"{SummaryUrl}/signatures", new { contentSha256 = hash }))
            .ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal("signedOff", off.RootElement.GetProperty("status").GetString());
    }

    /// <summary>A correction body: every item of the task with the category, findings and deadline given.</summary>
    public object Body(string reason = "现场照片显示冷藏柜温度超标，检查结果误选为未发现问题", string category = "ordered-to-rectify",
        string? findings = "冷藏柜温度超过 8℃", string? deadline = "2026-12-31") => new
    {
        reason,
        items = Inspection.ItemIds.Select(id => new { itemId = id, resultCategoryCode = category, findings, legalBasis = "《食品安全法》第五十四条", rectificationDeadline = deadline }).ToArray(),
    };

    public Task<HttpResponseMessage> RequestAsync(HttpClient who, Guid record, object body) =>
        who.PostJsonAsync($"/api/v1/inspection-records/{record}/corrections", body);

    /// <summary>The group's member asks for a correction of <paramref name="record"/> (the default body); returns its id.</summary>
    public async Task<Guid> RequestAsync(Guid record)
    {
        using var created = await (await RequestAsync(Group.Member.Client, record, Body())).ReadAsync<JsonDocument>(HttpStatusCode.Created);
        return created.RootElement.GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> DecideAsync(HttpClient who, Guid correction, string decision, string? note = null) =>
        who.PostJsonAsync($"/api/v1/corrections/{correction}/{decision}", new { note });
}
