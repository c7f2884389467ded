using System.Net;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Api.Security;
using DoubleRandom.Domain.Identity;
using Microsoft.AspNetCore.Authorization;

namespace DoubleRandom.Api.IntegrationTests.Security;

/// <summary>
/// The matrix's second dimension, data scoping: every endpoint that names a scoped record (by route id, or a body id
/// for a recusal's officer and a confirmation's subject) × every role × in scope / out of scope. Out of scope (a user of
/// another unit, for the roles that are not bureau-wide) the record is absent — 404, never 2xx, 409 or a 400 after the
/// lookup — and nothing is written (not a row, not an audit entry); in scope the same call finds it.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    /// <summary>Routes whose ids name records that are not unit-scoped, and why.</summary>
    private static readonly Dictionary<string, string> UnscopedRoutes = new(StringComparer.Ordinal)
    {
        ["/api/v1/users/"] = "user administration: administrators only (bureau-wide)",
        ["/api/v1/branch-units/"] = "the organisation: read scoped by its own handler, changed by administrators only",
        ["/api/v1/departments/"] = "a bureau-wide catalogue",
        ["/api/v1/inspection-items/"] = "a bureau-wide catalogue",
        ["/api/v1/targets/"] = "the bureau-wide roster of inspected businesses",
        ["/api/v1/inspection-records/"] = "scoped by group membership (inspectors) or task visibility (overseers): Inspections/InspectionScopeTests",
        ["/api/v1/tasks/{taskId:guid}/groups/"] =
            "a group's summary: its members by membership, whatever their unit; overseeing roles by the task's scope (GroupSummaryScopeTests)",
        ["/api/v1/inspection-evidence/"] = "evidence: its group by assignment, and readers whose unit scope sees the task (EvidenceAccess; Inspections/EvidenceTests)",
        ["/api/v1/tasks/{taskId:guid}/targets/"] = "a target's evidence: as /inspection-evidence/ (EvidenceAccess; Inspections/EvidenceTests)",
        ["/api/v1/follow-ups/"] =
            "a follow-up: its task's scope or its supervising unit (RecordScope, IScopedToFollowUp; AfterInspection/FollowUps/FollowUpScopeTests)",
        ["/api/v1/corrections/"] = "a correction: by its record's task (IScopedToCorrection in RecordScope); AfterInspection/Corrections/CorrectionScopeTests",
        ["/api/v1/risk/"] = "the bureau-wide risk model: its registry, jobs, scorings, tiers and explanations are the bureau's (one model, one job at a time for the deployment; risk.read / risk.manage roles), not a unit's",
        ["/api/v1/evaluation-reports/"] = "the bureau's evaluation reports: analysts and administrators only (reports.read / reports.manage), their scope named in the request, not a unit's",
        ["/api/v1/uploads/"] = "a tus upload: its uploader only, 404 for everyone else (UploadLookup; Inspections/ResumableUploadTests)",
    };

    /// <summary>
    /// Reads of a record the world's task does not have (it is not archived): in scope they find the task and answer 404
    /// naming the missing record, never the task (out of scope: 404 naming the task, as every scoped route).
    /// </summary>
    private static readonly HashSet<string> AbsentInWorld = new(StringComparer.Ordinal)
    {
        "/api/v1/tasks/{taskId:guid}/archive", "/api/v1/tasks/{taskId:guid}/archive.zip",
    };

    /// <summary>Endpoints that name a scoped record in the body rather than the route.</summary>
    private static readonly HashSet<string> BodyScoped = new(StringComparer.Ordinal) { "POST /api/v1/recusals/", "POST /api/v1/auth/confirmations" };

    private static string? ScopedUrl(string route, TwoUnitWorld w)
    {
        Guid? id = route switch
        {
            _ when route.StartsWith("/api/v1/tasks/{id:guid}", StringComparison.Ordinal) => w.TaskId,
            _ when route.StartsWith("/api/v1/tasks/{taskId:guid}", StringComparison.Ordinal) => w.TaskId,
            _ when route.StartsWith("/api/v1/draws/{id:guid}", StringComparison.Ordinal) => w.DrawId,
            _ when route.StartsWith("/api/v1/recusals/{id:guid}", StringComparison.Ordinal) => w.RecusalId,
            _ when route.StartsWith("/api/v1/officers/{id:guid}", StringComparison.Ordinal) => w.OfficerId,
            _ when route.StartsWith("/api/v1/import-jobs/{id:guid}", StringComparison.Ordinal) => w.ImportJobId,
            _ => null,
        };
        return id is null ? null : route.Replace("{id:guid}", id.ToString(), StringComparison.Ordinal)
            .Replace("{taskId:guid}", id.ToString(), StringComparison.Ordinal)
            .Replace("{attachmentId:guid}", w.AttachmentId.ToString(), StringComparison.Ordinal)
            .Replace("{amendmentId:guid}", w.AmendmentId.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A body the call would be taken with in scope (so that, unscoped, it would have gone through).</summary>
    private static HttpContent? ScopedBody(string method, string route, TwoUnitWorld w, bool inScope)
    {
        var supervisor = inScope ? "sup-1" : "wz-sup";
        return (method, route) switch
        {
            ("POST", "/api/v1/auth/confirmations") => Json(new { action = "draw.execute", subject = w.PreparedDrawId.ToString(), userName = supervisor, password = Accounts.Password }),
            ("POST", "/api/v1/recusals/") => Json(new { officerId = w.OfficerId, targetCode = "T0002", reason = "kinship", validFrom = "2026-01-01" }),
            ("PUT", "/api/v1/recusals/{id:guid}") => Json(new { reason = "other", note = "改", validFrom = "2026-01-01", version = 1 }),
            ("PUT", "/api/v1/officers/{id:guid}") => Json(new { name = "改名", unitId = w.Yinchuan, departmentCode = "amr", isLeaderEligible = true, version = 1 }),
            ("PUT", "/api/v1/tasks/{id:guid}") => Json(Draws.DrawScenario.TaskBody(Guid.Empty)),
            ("POST", "/api/v1/tasks/{id:guid}/copy") => Json(new { name = "复制" }),
            ("POST", "/api/v1/draws/{id:guid}/execute") => Json(new { entropy = "1-2-3-4-5-6", confirmationId = Guid.NewGuid() }),
            ("POST", "/api/v1/draws/{id:guid}/amendments") => Json(new { kind = "placeTarget", groupNumber = 1, targetCode = "T0001" }),
            ("POST", "/api/v1/draws/{id:guid}/amendments/{amendmentId:guid}/decision") => Json(new { approve = true }),
            ("POST", "/api/v1/draws/{id:guid}/attachments") => new MultipartFormDataContent { { TwoUnitWorld.Pdf(), "file", "记录.pdf" } },
            ("POST" or "PUT", _) => Http.JsonBody("{}"),
            _ => null,
        };

        static StringContent Json(object body) => Http.JsonBody(System.Text.Json.JsonSerializer.Serialize(body, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)));
    }

    private sealed record ScopedCall(string Method, string Route, string Url, string[] Allowed);

    private List<ScopedCall> ScopedCalls(TwoUnitWorld w, List<string> unclassified)
    {
        var calls = new List<ScopedCall>();
        foreach (var endpoint in Endpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            var (method, route) = (Method(endpoint), Route(endpoint));
            var bodyScoped = BodyScoped.Contains($"{method} {route}");
            if ((!route.Contains(":guid}", StringComparison.Ordinal) && !bodyScoped) || UnscopedRoutes.Keys.Any(p => route.StartsWith(p, StringComparison.Ordinal)))
            {
                continue;
            }

            var url = bodyScoped ? route : ScopedUrl(route, w);
            if (url is null)
            {
                unclassified.Add($"{method} {route}: names a record by id; map it to the two-unit world or list it in UnscopedRoutes with why");
                continue;
            }

            var policy = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().First();
            calls.Add(new ScopedCall(method, route, url, AuthorizationMatrix.RolesByPolicy[policy]));
        }

        return calls;
    }

    [Fact]
    public async Task Each_role_of_another_unit_finds_no_scoped_record_and_changes_nothing_while_its_own_unit_finds_them()
    {
        var w = await TwoUnitWorld.BuildAsync(Fixture.Factory, Client);
        var unclassified = new List<string>();
        var calls = ScopedCalls(w, unclassified);
        Assert.True(unclassified.Count == 0, string.Join("\n", unclassified));
        Assert.True(calls.Count >= 25, $"only {calls.Count} scoped calls found");
        var failures = new List<string>();

        // Out of scope: a user of Wuzhong, each role that is not bureau-wide.
        var before = await TwoUnitWorld.FingerprintAsync(Fixture);
        foreach (var role in Roles.All.Where(r => !Roles.BureauWide.Contains(r)))
        {
            using var client = Fixture.Factory.CreateClientAs($"wz-{role}", [role], w.Wuzhong);
            foreach (var call in calls)
            {
                using var request = new HttpRequestMessage(new HttpMethod(call.Method), call.Url) { Content = ScopedBody(call.Method, call.Route, w, inScope: false) };
                using var response = await client.SendAsync(request);
                var status = response.StatusCode;
                var expected = !call.Allowed.Contains(role) ? HttpStatusCode.Forbidden
                    : call.Route == "/api/v1/recusals/" ? HttpStatusCode.BadRequest // an officer elsewhere reads as an unknown one
                    : HttpStatusCode.NotFound;
                if (status != expected)
                {
                    failures.Add($"out of scope: {call.Method} {call.Route} as {role}: {(int)status}, expected {(int)expected}: {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        var after = await TwoUnitWorld.FingerprintAsync(Fixture);
        if (after != before)
        {
            failures.Add($"out-of-scope calls wrote:\n  before {before}\n  after  {after}");
        }

        // In scope: a user of Yinchuan in each role, and the bureau-wide roles from Wuzhong. Reads by every allowed role,
        // then each write once (by the first allowed role, not bureau-wide if there is one), deletions last.
        var clients = Roles.All.ToDictionary(r => r, r => Roles.BureauWide.Contains(r)
            ? Fixture.Factory.CreateClientAs($"wz-{r}", [r], w.Wuzhong)
            : Fixture.Factory.CreateClientAs($"yc-{r}", [r], w.Yinchuan), StringComparer.Ordinal);
        foreach (var call in calls.OrderBy(c => c.Method switch { "GET" => 0, "DELETE" => 2, _ => 1 }))
        {
            var roles = call.Method == "GET" ? call.Allowed
                : [call.Allowed.OrderBy(r => Roles.BureauWide.Contains(r)).First()];
            foreach (var role in roles)
            {
                using var request = new HttpRequestMessage(new HttpMethod(call.Method), call.Url) { Content = ScopedBody(call.Method, call.Route, w, inScope: true) };
                using var response = await clients[role].SendAsync(request);
                if (call.Method == "GET" && AbsentInWorld.Contains(call.Route) && response.StatusCode == HttpStatusCode.NotFound
                    && (await response.ReadProblemAsync(HttpStatusCode.NotFound)).Detail?.Contains("电子档案", StringComparison.Ordinal) == true)
                {
                    continue;
                }

                if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
                {
                    failures.Add($"in scope: {call.Method} {call.Route} as {role}: {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
