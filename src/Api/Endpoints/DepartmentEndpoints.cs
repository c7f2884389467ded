using DoubleRandom.Api.Requests;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Organization.Departments;
using DoubleRandom.Application.Organization.Departments.Commands.CreateDepartment;
using DoubleRandom.Application.Organization.Departments.Commands.RetireDepartment;
using DoubleRandom.Application.Organization.Departments.Commands.UpdateDepartment;
using DoubleRandom.Application.Organization.Departments.Queries.GetDepartment;
using DoubleRandom.Application.Organization.Departments.Queries.ListDepartments;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoubleRandom.Api.Endpoints;

/// <summary>/api/v1/departments — 部门.</summary>
public static class DepartmentEndpoints
{
    /// <summary>The changeable fields of a department. The code is fixed at creation.</summary>
    /// <param name="Version">The version the client last read; the update is refused (409) if the department changed since.</param>
    public sealed record UpdateDepartmentRequest(string? Name, int? Version);

    public static RouteGroupBuilder MapDepartments(this RouteGroupBuilder api)
    {
        api.MapOrganizationRegister("/departments", "Departments 部门", "Department", ("department", "部门"), new OrganizationRegisterDelegates(
            List, Get, Create, Update, Retire,
            UpdateSummary: ("部门改名", "Rename a department"),
            RetireSummary: ("停用部门", "Retire a department"),
            CreateConflicts: ["duplicate-code"],
            UpdateConflicts: ["stale-version", "department-retired"],
            RetireConflicts: ["department-retired"]));
        return api;
    }

    private static async Task<Ok<PagedResult<DepartmentDto>>> List(
        IMediator mediator, CancellationToken ct,
        string? q = null, bool includeRetired = false, int page = 1, int pageSize = 20, [SortQuery(typeof(ListDepartmentsQuery))] string? sort = null) =>
        TypedResults.Ok(await mediator.Send(new ListDepartmentsQuery(q, includeRetired, page, pageSize, sort), ct));

    private static async Task<Ok<DepartmentDto>> Get(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetDepartmentQuery(id), ct));

    private static async Task<Created<DepartmentDto>> Create(CreateDepartmentCommand command, IMediator mediator, CancellationToken ct)
    {
        var department = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/departments/{department.Id}", department);
    }

    private static async Task<Ok<DepartmentDto>> Update(
        Guid id, UpdateDepartmentRequest request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new UpdateDepartmentCommand(id, request.Name, request.Version), ct));

    private static async Task<Ok<DepartmentDto>> Retire(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new RetireDepartmentCommand(id), ct));
}
