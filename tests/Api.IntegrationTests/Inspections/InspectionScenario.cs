using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Draws;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>
/// A sealed draw ready for inspection: a small roster (six officers, three of them leader-eligible, eight targets),
/// a task of two items with two groups of two officers, every officer linked to an inspector account (password
/// <see cref="Accounts.Password"/>) with a signed-in client. <see cref="Groups"/> are the sealed groups as drawn.
/// </summary>
internal sealed class InspectionScenario
{
    private InspectionScenario(DrawScenario draw) => Draw = draw;

    /// <summary>The draw steps and the operator, for tests that go on from here (amendments, closing).</summary>
    public DrawScenario Draw { get; }

    public Guid TaskId { get; private set; }

    public Guid DrawId { get; private set; }

    /// <summary>The task's items in the task's order.</summary>
    public IReadOnlyList<Guid> ItemIds { get; private set; } = [];

    public IReadOnlyList<ScenarioGroup> Groups { get; private set; } = [];

    /// <summary>Every officer of the roster with their account, drawn or not (the spares serve as replacements).</summary>
    public IReadOnlyList<ScenarioInspector> Inspectors { get; private set; } = [];

    /// <summary>Officers of the roster not in any group.</summary>
    public IEnumerable<ScenarioInspector> Spares => Inspectors.Where(i => Groups.All(g => g.Inspectors.All(m => m.OfficerId != i.OfficerId)));

    /// <param name="targetPrefix">The roster's codes are this prefix and a four-digit number (T0001…).</param>
    public static Task<InspectionScenario> StartAsync(ApiFactory factory, HttpClient admin, string targetPrefix = "T") =>
        StartAsync(factory, admin, targetPrefix, new Dictionary<int, string>());

    /// <summary>The same, with some targets renamed in the roster before the draw (key: the target's number, 1–8).</summary>
    public static async Task<InspectionScenario> StartAsync(ApiFactory factory, HttpClient admin, string targetPrefix, IReadOnlyDictionary<int, string> targetNames)
    {
        var draw = new DrawScenario(factory, admin);
        await draw.SeedAsync(officers: 6, leaders: 3, targets: 8, prefix: targetPrefix);
        await RenameTargetsAsync(factory, targetPrefix, targetNames);
        await draw.CreateSupervisorAsync();
        var scenario = new InspectionScenario(draw);
        await scenario.LinkInspectorsAsync(factory, admin);

        var first = await draw.CreateItemAsync();
        var second = await CreateSecondItemAsync(admin);
        scenario.ItemIds = [first, second];
        var (taskId, drawId, _) = await draw.SealedDrawAsync(new
        {
            year = 2026, name = "2026年食品经营现场检查", itemIds = new[] { first, second }, officerUnitIds = new[] { draw.UnitId },
            targetScope = new { regionPrefixes = new[] { "6401" } },
            strata = new object[]
            {
                new { tier = "A", ratioBp = 10000 }, new { tier = "B", ratioBp = 10000 },
                new { tier = "C", ratioBp = 10000 }, new { tier = "D", ratioBp = 10000 },
            },
            groups = 2, officersPerGroup = 2, targetsPerGroup = 4, minCertifiedPerGroup = 2, allowOverlap = false,
            disclosureDate = "2026-12-31",
        });
        scenario.TaskId = taskId;
        scenario.DrawId = drawId;
        await scenario.LoadGroupsAsync(admin);
        return scenario;
    }

    public ScenarioGroup Group(int number) => Groups.Single(g => g.Number == number);

    /// <summary>A complete, valid record body for a target: every item of the task with the given category.</summary>
    public object RecordBody(string targetCode, string category = "no-problem", string? findings = null) => new
    {
        targetCode, method = "onSite", startedAtUtc = "2026-12-01T09:00:00+08:00", finishedAtUtc = "2026-12-01T09:45:00+08:00",
        place = "银川市兴庆区解放西街 1 号", latitude = 38.4872, longitude = 106.2309,
        items = ItemIds.Select(id => new { itemId = id, resultCategoryCode = category, findings, legalBasis = (string?)null, rectificationDeadline = (string?)null }).ToArray(),
    };

    /// <summary>A complete, valid revision body (a record body without the target).</summary>
    public object RevisionBody(string category = "no-problem", string? findings = null) => new
    {
        method = "onSite", startedAtUtc = "2026-12-01T09:00:00+08:00", finishedAtUtc = "2026-12-01T09:50:00+08:00",
        place = "银川市兴庆区解放西街 1 号", latitude = 38.4872, longitude = 106.2309,
        items = ItemIds.Select(id => new { itemId = id, resultCategoryCode = category, findings, legalBasis = (string?)null, rectificationDeadline = (string?)"2026-12-31" }).ToArray(),
    };

    /// <summary>Writes the record of a target as the given inspector; returns the record.</summary>
    public async Task<JsonElement> RecordAsync(ScenarioInspector inspector, string targetCode, string category = "no-problem")
    {
        var response = await inspector.Client.PostJsonAsync($"/api/v1/tasks/{TaskId}/inspection-records", RecordBody(targetCode, category));
        using var json = await response.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        return json.RootElement.Clone();
    }

    /// <summary>An approved replacement (requested by the operator, approved by a leader): the effective group changes.</summary>
    public async Task ReplaceAsync(ApiFactory factory, int group, ScenarioInspector leaving, ScenarioInspector replacement)
    {
        var request = await Draw.Operator.PostJsonAsync($"/api/v1/draws/{DrawId}/amendments",
            new { kind = "replaceOfficer", groupNumber = group, officerId = leaving.OfficerId, replacementOfficerId = replacement.OfficerId, reason = "health" });
        using var amendment = await request.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var leader = factory.CreateClientAs("leader-1", ["leader"], Draw.UnitId);
        (await leader.PostJsonAsync($"/api/v1/draws/{DrawId}/amendments/{amendment.RootElement.GetProperty("id").GetGuid()}/decision", new { approve = true }))
            .EnsureSuccessStatusCode();
    }

    private static async Task RenameTargetsAsync(ApiFactory factory, string prefix, IReadOnlyDictionary<int, string> names)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var (number, name) in names)
        {
            var code = $"{prefix}{number:0000}";
            await db.Targets.Where(t => t.Code == code).ExecuteUpdateAsync(t => t.SetProperty(x => x.Name, name));
        }
    }

    private static async Task<Guid> CreateSecondItemAsync(HttpClient admin)
    {
        var response = await admin.PostJsonAsync("/api/v1/inspection-items", new
        {
            name = "食品安全管理制度检查", departmentCode = "amr", legalBasis = "《食品安全法》第四十四条",
            checklistPoints = new[] { "建立食品安全管理制度", "配备食品安全管理人员" }, requiredExpertise = (string?)null, priority = "general",
        });
        using var body = await response.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        return body.RootElement.GetProperty("id").GetGuid();
    }

    private async Task LinkInspectorsAsync(ApiFactory factory, HttpClient admin)
    {
        var inspectors = new List<ScenarioInspector>();
        foreach (var (number, officerId) in Draw.Officers.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var userName = $"insp-{number.ToLowerInvariant()}";
            var userId = await Accounts.CreateUserAsync(admin, userName, ["inspector"], unitId: Draw.UnitId);
            string name;
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                await db.Officers.Where(o => o.Id == officerId).ExecuteUpdateAsync(o => o.SetProperty(x => x.UserId, userId));
                name = await db.Officers.Where(o => o.Id == officerId).Select(o => o.Name).SingleAsync();
            }

            var tokens = await Accounts.LoginAsync(factory.CreateClient(), userName);
            inspectors.Add(new ScenarioInspector(officerId, number, name, userId, userName, factory.WithToken(tokens.GetProperty("accessToken").GetString()!)));
        }

        Inspectors = inspectors;
    }

    private async Task LoadGroupsAsync(HttpClient admin)
    {
        using var result = await (await admin.GetAsync($"/api/v1/draws/{DrawId}/result")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Groups = [.. result.RootElement.GetProperty("groups").EnumerateArray().Select(g => new ScenarioGroup(
            g.GetProperty("number").GetInt32(),
            [.. g.GetProperty("officers").EnumerateArray().Select(o => Inspectors.Single(i => i.OfficerId == o.GetProperty("officerId").GetGuid()))],
            [.. g.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("code").GetString()!)]))];
    }
}
