using DoubleRandom.Api.Requests;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Organization.BranchUnits;
using DoubleRandom.Application.Organization.BranchUnits.Commands.CreateBranchUnit;
using DoubleRandom.Application.Organization.BranchUnits.Commands.RetireBranchUnit;
using DoubleRandom.Application.Organization.BranchUnits.Commands.UpdateBranchUnit;
using DoubleRandom.Application.Organization.BranchUnits.Queries.GetBranchUnit;
using DoubleRandom.Application.Organization.BranchUnits.Queries.ListBranchUnits;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoubleRandom.Api.Endpoints;

/// <summary>/api/v1/branch-units — 派出机构.</summary>
public static class BranchUnitEndpoints
{
    /// <summary>The changeable fields of a unit. The code is fixed at creation.</summary>
    /// <param name="Version">The version the client last read; the update is refused (409) if the unit changed since.</param>
    public sealed record UpdateBranchUnitRequest(string? Name, Guid? ParentId, string? RegionCode, int? Version);

    public static RouteGroupBuilder MapBranchUnits(this RouteGroupBuilder api)
    {
        api.MapOrganizationRegister("/branch-units", "Branch units 派出机构", "BranchUnit", ("branch unit", "派出机构"), new OrganizationRegisterDelegates(
            List, Get, Create, Update, Retire,
            UpdateSummary: ("修改派出机构的名称、上级或区划", "Change a branch unit's name, parent or region"),
            RetireSummary: ("停用派出机构（有在用的下级单位时不能停用）", "Retire a branch unit (refused while it has active child units)"),
            CreateConflicts: ["duplicate-code", "unit-parent-retired"],
            UpdateConflicts: ["stale-version", "unit-retired", "unit-parent-cycle", "unit-parent-retired"],
            RetireConflicts: ["unit-retired", "unit-has-active-children"]));
        return api;
    }

    private static async Task<Ok<PagedResult<BranchUnitDto>>> List(
        IMediator mediator, CancellationToken ct,
        string? q = null, Guid? parentId = null, string? regionPrefix = null, bool includeRetired = false,
        int page = 1, int pageSize = 20, [SortQuery(typeof(ListBranchUnitsQuery))] string? sort = null) =>
        TypedResults.Ok(await mediator.Send(
            new ListBranchUnitsQuery(q, parentId, regionPrefix, includeRetired, page, pageSize, sort), ct));

    private static async Task<Ok<BranchUnitDto>> Get(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetBranchUnitQuery(id), ct));

    private static async Task<Created<BranchUnitDto>> Create(CreateBranchUnitCommand command, IMediator mediator, CancellationToken ct)
    {
        var unit = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/branch-units/{unit.Id}", unit);
    }

    private static async Task<Ok<BranchUnitDto>> Update(
        Guid id, UpdateBranchUnitRequest request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateBranchUnitCommand(id, request.Name, request.ParentId, request.RegionCode, request.Version), ct));

    private static async Task<Ok<BranchUnitDto>> Retire(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new RetireBranchUnitCommand(id), ct));
}
