using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>A small roster (one unit, two departments, officers, targets in tiers A–D) and the steps of a draw.</summary>
internal sealed class DrawScenario(ApiFactory factory, HttpClient admin)
{
    private HttpClient? _operator;

    /// <summary>An operator of the seeded unit (data scoping: they act on the draws of that unit), once it is seeded.</summary>
    public HttpClient Operator => _operator ??= factory.CreateClientAs("op-1", ["operator"], UnitId == Guid.Empty ? null : UnitId);

    public Guid UnitId { get; private set; }

    /// <summary>For rosters seeded by the test itself: the unit the scenario's operator and supervisor belong to.</summary>
    public DrawScenario InUnit(Guid unitId)
    {
        UnitId = unitId;
        return this;
    }

    public Dictionary<string, Guid> Officers { get; } = new(StringComparer.Ordinal);

    /// <summary>A seeded roster (<see cref="SeedAsync"/>) with a supervisor: where most draw tests start.</summary>
    public static async Task<DrawScenario> StartAsync(ApiFactory factory, HttpClient admin, int officers = 12, int targets = 200)
    {
        var scenario = new DrawScenario(factory, admin);
        await scenario.SeedAsync(officers: officers, targets: targets);
        await scenario.CreateSupervisorAsync();
        return scenario;
    }

    /// <summary>Seeds <paramref name="officers"/> officers (the first <paramref name="leaders"/> may lead) and targets T0001…</summary>
    public async Task SeedAsync(int officers = 12, int leaders = 4, int targets = 200, string prefix = "T")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!db.Departments.Any())
        {
            db.Departments.AddRange(Department.Create("amr", "市场监管"), Department.Create("fire", "消防"));
            var unit = BranchUnit.Create("YC", "银川市局", null, "640100");
            db.BranchUnits.Add(unit);
            UnitId = unit.Id;
            for (var i = 1; i <= officers; i++)
            {
                var number = $"O{i:000}";
                var officer = Officer.Create(number, new OfficerDetails(
                    $"执法员{i}", unit.Id, i % 2 == 0 ? "fire" : "amr", OfficerStatus.Active, i <= leaders, null, ["food"],
                    [new EnforcementCertificate("执法证", $"C{i}", new DateOnly(2020, 1, 1), new DateOnly(2099, 1, 1))]));
                db.Officers.Add(officer);
                Officers[number] = officer.Id;
            }
        }

        var tiers = new[] { RiskTier.A, RiskTier.B, RiskTier.C, RiskTier.D };
        for (var i = 1; i <= targets; i++)
        {
            db.Targets.Add(Target.Create($"{prefix}{i:0000}", TargetKind.Enterprise, new TargetDetails(
                $"企业{prefix}{i}", null, $"银川市兴庆区{i}号", i % 3 == 0 ? "640104" : "640105", "F", "51", ["amr"], null, null,
                TargetStatus.Active, tiers[i % 4], null, [], null)));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A supervisor of the seeded unit: a supervisor confirms only draws within their scope.</summary>
    public Task<Guid> CreateSupervisorAsync(string userName = "sup-1") =>
        Accounts.CreateUserAsync(admin, userName, ["supervisor"], unitId: UnitId == Guid.Empty ? null : UnitId);

    public async Task<Guid> CreateItemAsync(string department = "amr")
    {
        var response = await admin.PostJsonAsync("/api/v1/inspection-items", new
        {
            name = "食品经营许可情况检查", departmentCode = department, legalBasis = "《食品安全法》第三十五条",
            checklistPoints = new[] { "许可证在有效期内", "经营场所与许可一致" }, requiredExpertise = "food", priority = "key",
        });
        using var body = await response.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        return body.RootElement.GetProperty("id").GetGuid();
    }

    public static object TaskBody(
        Guid item, int year = 2026, int groups = 3, int ratioBp = 1000, bool allowOverlap = false, string name = "2026年食品经营抽查",
        Guid[]? officerUnitIds = null) => new
    {
        year, name, itemIds = new[] { item }, officerUnitIds = officerUnitIds ?? [],
        targetScope = new { regionPrefixes = new[] { "6401" } },
        strata = new object[]
        {
            new { tier = "A", ratioBp = ratioBp / 2 }, new { tier = "B", ratioBp },
            new { tier = "C", ratioBp }, new { tier = "D", ratioBp = ratioBp * 2 > 10000 ? 10000 : ratioBp * 2 },
        },
        groups, officersPerGroup = 3, targetsPerGroup = 30, minCertifiedPerGroup = 2, allowOverlap,
        disclosureDate = $"{year}-12-31",
    };

    public async Task<JsonElement> CreateTaskAsync(object body)
    {
        var response = await Operator.PostJsonAsync("/api/v1/tasks", body);
        using var json = await response.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        return json.RootElement.Clone();
    }

    public async Task<JsonElement> PrepareAsync(Guid taskId)
    {
        var response = await Operator.PostAsync($"/api/v1/tasks/{taskId}/draws", null);
        using var json = await response.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        return json.RootElement.Clone();
    }

    public async Task<Guid> ConfirmAsync(Guid drawId, string supervisor = "sup-1")
    {
        // A supervisor confirms only draws in their own scope: one created without a unit works in the scenario's.
        if (UnitId != Guid.Empty)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == supervisor && u.UnitId == null)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.UnitId, UnitId));
        }

        var response = await Operator.PostJsonAsync("/api/v1/auth/confirmations",
            new { action = "draw.execute", subject = drawId.ToString(), userName = supervisor, password = Accounts.Password });
        using var json = await response.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        return json.RootElement.GetProperty("id").GetGuid();
    }

    public Task<HttpResponseMessage> ExecuteAsync(Guid drawId, Guid confirmation, string entropy = "3-5-2-6-1-4 双色球 2026135") =>
        Operator.PostJsonAsync($"/api/v1/draws/{drawId}/execute", new { entropy, confirmationId = confirmation });

    /// <summary>Item, task, prepare, supervisor confirmation, execute: a sealed draw.</summary>
    public async Task<(Guid TaskId, Guid DrawId, JsonElement Draw)> SealedDrawAsync(object? taskBody = null)
    {
        var item = await CreateItemAsync();
        var task = await CreateTaskAsync(taskBody ?? TaskBody(item));
        var taskId = task.GetProperty("id").GetGuid();
        var drawId = (await PrepareAsync(taskId)).GetProperty("id").GetGuid();
        var response = await ExecuteAsync(drawId, await ConfirmAsync(drawId));
        using var json = await response.ReadAsync<JsonDocument>(HttpStatusCode.OK);
        return (taskId, drawId, json.RootElement.Clone());
    }
}
