using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Inspections;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.FollowUps;

/// <summary>
/// An <see cref="InspectionScenario"/> with a record of group 1 whose items all found a problem (ordered to rectify,
/// with findings), made final by default (group 1 signed off), and the calls of the follow-up API. Deadlines are set relative to today (Asia/Shanghai); an overdue
/// one is made by moving its deadline back in the database (the service has no clock to turn).
/// </summary>
internal sealed class FollowUpScenario
{
    public const string Findings = "进货查验记录不全，未留存供货者许可证复印件";

    private readonly ApiFactory _factory;

    private FollowUpScenario(ApiFactory factory, InspectionScenario inspection) => (_factory, Inspection) = (factory, inspection);

    public InspectionScenario Inspection { get; }

    /// <summary>The unit of the roster, its officers, operator and leader (Yinchuan).</summary>
    public Guid UnitId => Inspection.Draw.UnitId;

    /// <summary>The record with problems (group 1's first target).</summary>
    public Guid RecordId { get; private set; }

    public ScenarioGroup Group => Inspection.Group(1);

    /// <summary>Today in Asia/Shanghai, the day deadlines are measured against.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static async Task<FollowUpScenario> StartAsync(ApiFactory factory, HttpClient admin, bool final = true)
    {
        var inspection = await InspectionScenario.StartAsync(factory, admin);
        var s = new FollowUpScenario(factory, inspection);
        var group = inspection.Group(1);
        var response = await group.Member.Client.PostJsonAsync(
            $"/api/v1/tasks/{inspection.TaskId}/inspection-records", inspection.RecordBody(group.TargetCodes[0], "ordered-to-rectify", Findings));
        using var record = await response.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        s.RecordId = record.RootElement.GetProperty("id").GetGuid();
        if (final)
        {
            await s.MakeFinalAsync();
        }

        return s;
    }

    /// <summary>
    /// Makes group 1's results final (a finding is handed over once submitted): its targets after the first <paramref name="recorded"/> are
    /// recorded ("no problem"), then its summary is signed by the member and then the leader.
    /// </summary>
    public async Task MakeFinalAsync(int recorded = 1)
    {
        foreach (var code in Group.TargetCodes.Skip(recorded))
        {
            await Inspection.RecordAsync(Group.Member, code);
        }

        var url = $"/api/v1/tasks/{Inspection.TaskId}/groups/1/summary";
        using var summary = await (await Group.Member.Client.GetAsync(url)).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var hash = summary.RootElement.GetProperty("contentSha256").GetString();
        (await Group.Member.Client.PostJsonAsync($"{url}/signatures", new { contentSha256 = hash })).EnsureSuccessStatusCode();
        (await Group.Leader.Client.PostJsonAsync($"{url}/signatures", new { contentSha256 = hash })).EnsureSuccessStatusCode();
    }

    public object HandOverBody(Guid? unitId = null, DateOnly? deadline = null, int item = 0, string? note = "移交兴庆分局跟进整改") => new
    {
        itemId = Inspection.ItemIds[item], supervisingUnitId = unitId ?? UnitId, deadline = (deadline ?? Today.AddDays(14)).ToString("O", CultureInfo.InvariantCulture), note,
    };

    public Task<HttpResponseMessage> PostHandOverAsync(HttpClient client, object body, Guid? recordId = null) =>
        client.PostJsonAsync($"/api/v1/inspection-records/{recordId ?? RecordId}/follow-ups", body);

    /// <summary>Hands item <paramref name="item"/> over as the group's member; returns the follow-up.</summary>
    public async Task<JsonElement> HandOverAsync(Guid? unitId = null, DateOnly? deadline = null, int item = 0, HttpClient? client = null)
    {
        var response = await PostHandOverAsync(client ?? Group.Member.Client, HandOverBody(unitId, deadline, item));
        using var json = await response.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        Assert.Equal($"\"{json.RootElement.GetProperty("version").GetInt32()}\"", response.Headers.ETag?.ToString());
        Assert.Equal($"/api/v1/follow-ups/{json.RootElement.GetProperty("id").GetGuid()}", response.Headers.Location?.ToString());
        return json.RootElement.Clone();
    }

    public static async Task<HttpResponseMessage> PostTransitionAsync(HttpClient client, Guid id, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/follow-ups/{id}/transitions") { Content = JsonContent(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Reads the follow-up (its ETag) and moves it to <paramref name="status"/>; returns the answer.</summary>
    public static async Task<JsonElement> MoveAsync(HttpClient client, Guid id, string status, string? note = null)
    {
        var read = await client.GetAsync($"/api/v1/follow-ups/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var response = await PostTransitionAsync(client, id, new { status, note }, read.Headers.ETag!.ToString());
        using var json = await response.ReadAsync<JsonDocument>(HttpStatusCode.OK);
        return json.RootElement.Clone();
    }

    /// <summary>A second branch unit, at the top of the tree (not below Yinchuan).</summary>
    public async Task<Guid> CreateUnitAsync(string code, string name, bool retired = false)
    {
        var unit = BranchUnit.Create(code, name, null, "640300");
        if (retired)
        {
            unit.Retire(DateTime.UtcNow, hasActiveChildren: false);
        }

        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.BranchUnits.Add(unit);
        await db.SaveChangesAsync();
        return unit.Id;
    }

    /// <summary>Moves a follow-up's deadline back (a hand-over refuses a past one), as if time had passed.</summary>
    public async Task BackdateAsync(Guid followUpId, int days)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var deadline = Today.AddDays(-days);
        await db.FollowUps.Where(f => f.Id == followUpId).ExecuteUpdateAsync(f => f.SetProperty(x => x.Deadline, deadline));
    }

    private static StringContent JsonContent(object body)
    {
        var content = Http.JsonBody(JsonSerializer.Serialize(body, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
