using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Security;

namespace DoubleRandom.Api.Endpoints;

/// <summary>
/// The five routes every organization register (branch units, departments) has — list, get, create, update, retire —
/// with one naming, one policy pair and one set of problems. Each register supplies its handlers and its wording.
/// </summary>
internal static class OrganizationRegisterRoutes
{
    /// <param name="api">The /api/v1 group.</param>
    /// <param name="path">The register's path, e.g. <c>/departments</c>.</param>
    /// <param name="tag">The OpenAPI tag (English and Chinese).</param>
    /// <param name="entity">The operation names' stem, e.g. <c>Department</c> (ListDepartments, GetDepartment, …).</param>
    /// <param name="noun">The entity in the summaries, English and Chinese, e.g. <c>("department", "部门")</c>.</param>
    /// <param name="handlers">The handlers: list, get, create, update, retire.</param>
    public static RouteGroupBuilder MapOrganizationRegister(
        this RouteGroupBuilder api, string path, string tag, string entity, (string En, string Zh) noun, OrganizationRegisterDelegates handlers)
    {
        var group = api.MapGroup(path).WithTags(tag);
        group.MapGet("/", handlers.List)
            .WithName($"List{entity}s")
            .Describe($"{noun.Zh}列表", $"List {noun.En}s",
                $"所有已登录用户。{noun.Zh}的分页列表，可按关键字 q 等筛选、排序；默认不含已停用的（includeRetired=true 时包含）。",
                $"Every signed-in user. The {noun.En}s, paged, filtered (q …) and sorted; retired ones only with includeRetired=true.")
            .RequireAuthorization(Policies.OrganizationRead)
            .ProducesValidationProblem();
        group.MapGet("/{id:guid}", handlers.Get)
            .WithName($"Get{entity}")
            .Describe($"查看一个{noun.Zh}", $"Get one {noun.En}",
                $"所有已登录用户。返回{noun.Zh}及其版本号（修改时须回传）。",
                $"Every signed-in user. Returns the {noun.En} with its version (send it back when changing it).")
            .RequireAuthorization(Policies.OrganizationRead)
            .ProducesProblem(404);
        group.MapPost("/", handlers.Create)
            .WithName($"Create{entity}")
            .Describe($"新建{noun.Zh}", $"Create a {noun.En}",
                $"仅系统管理员。编码创建后不可修改，且不能重复（409 duplicate-code）。",
                $"Administrators only. The code is fixed at creation and must be new (409 duplicate-code).")
            .RequireAuthorization(Policies.OrganizationWrite)
            .ProducesValidationProblem().ProducesConflict(handlers.CreateConflicts);
        group.MapPut("/{id:guid}", handlers.Update)
            .WithName($"Update{entity}")
            .Describe(handlers.UpdateSummary.Zh, handlers.UpdateSummary.En,
                $"仅系统管理员。须回传读取时的 version，期间被他人修改则 409 stale-version；已停用的{noun.Zh}不能修改。",
                $"Administrators only. Send the version you read: a change by someone else in between is 409 stale-version; a retired {noun.En} cannot change.")
            .RequireAuthorization(Policies.OrganizationWrite)
            .ProducesValidationProblem().ProducesProblem(404).ProducesConflict(handlers.UpdateConflicts);
        group.MapPost("/{id:guid}/retire", handlers.Retire)
            .WithName($"Retire{entity}")
            .Describe(handlers.RetireSummary.Zh, handlers.RetireSummary.En,
                $"仅系统管理员。停用后保留在记录中，不再供新的数据选用。",
                $"Administrators only. A retired {noun.En} stays on record and is no longer offered for new data.")
            .RequireAuthorization(Policies.OrganizationWrite)
            .ProducesProblem(404).ProducesConflict(handlers.RetireConflicts);
        return api;
    }
}
