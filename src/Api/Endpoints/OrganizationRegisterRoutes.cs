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
    /// <param name="noun">The entity in the summaries, e.g. <c>department</c>.</param>
    /// <param name="handlers">The handlers: list, get, create, update, retire.</param>
    public static RouteGroupBuilder MapOrganizationRegister(
        this RouteGroupBuilder api, string path, string tag, string entity, string noun, OrganizationRegisterDelegates handlers)
    {
        var group = api.MapGroup(path).WithTags(tag);
        group.MapGet("/", handlers.List)
            .WithName($"List{entity}s").WithSummary($"List {noun}s (paging, filtering, sorting)")
            .RequireAuthorization(Policies.OrganizationRead)
            .ProducesValidationProblem();
        group.MapGet("/{id:guid}", handlers.Get)
            .WithName($"Get{entity}").WithSummary($"Get one {noun}")
            .RequireAuthorization(Policies.OrganizationRead)
            .ProducesProblem(404);
        group.MapPost("/", handlers.Create)
            .WithName($"Create{entity}").WithSummary($"Create a {noun}")
            .RequireAuthorization(Policies.OrganizationWrite)
            .ProducesValidationProblem().ProducesProblem(409);
        group.MapPut("/{id:guid}", handlers.Update)
            .WithName($"Update{entity}").WithSummary(handlers.UpdateSummary)
            .RequireAuthorization(Policies.OrganizationWrite)
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{id:guid}/retire", handlers.Retire)
            .WithName($"Retire{entity}").WithSummary(handlers.RetireSummary)
            .RequireAuthorization(Policies.OrganizationWrite)
            .ProducesProblem(404).ProducesProblem(409);
        return api;
    }
}
