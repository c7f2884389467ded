using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Requests;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Rosters;
using DoubleRandom.Application.Rosters.Officers.Queries.ExportOfficers;
using DoubleRandom.Application.Rosters.Officers;
using DoubleRandom.Application.Rosters.Officers.Commands.CreateOfficer;
using DoubleRandom.Application.Rosters.Officers.Commands.UpdateOfficer;
using DoubleRandom.Application.Rosters.Officers.Queries.GetOfficer;
using DoubleRandom.Application.Rosters.Officers.Queries.SearchOfficers;
using DoubleRandom.Domain.Rosters;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoubleRandom.Api.Endpoints;

/// <summary>/api/v1/officers — 执法检查人员名录库 and the team-leader pool.</summary>
public static class OfficerEndpoints
{
    public sealed record UpdateOfficerRequest(
        string? Name, Guid? UnitId, string? DepartmentCode, OfficerStatus? Status, bool? IsLeaderEligible, Guid? UserId,
        IReadOnlyList<string>? ExpertiseTags, IReadOnlyList<CertificateDto>? Certificates, int? Version);

    public static RouteGroupBuilder MapOfficers(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/officers").WithTags("Officers 执法检查人员");
        group.MapGet("/", List)
            .WithName("SearchOfficers")
            .Describe("查询执法检查人员", "Search officers",
                "所有已登录用户（数据范围内的单位）。按单位、部门、状态、是否可任组长、专长、某日持证、关键字 q 筛选，分页、排序。",
                "Every signed-in user (units in scope). Filters unitId, department, status, leader, expertise, certifiedOn and q, paging and sorting.")
            .RequireAuthorization(Policies.RosterRead)
            .ProducesValidationProblem();
        group.MapGet("/export", Export)
            .WithName("ExportOfficers")
            .Describe("导出执法检查人员", "Export officers",
                "所有已登录用户。按同样的筛选导出 CSV 或 XLSX（format=csv|xlsx；列与导入相同，每个证书一行，公式单元格已中和），文件名如 执法检查人员名录-<日期>.csv。",
                "Every signed-in user. The filtered officers as CSV or XLSX (format=csv|xlsx; the import columns, a row per certificate, formula cells neutralised), named like 执法检查人员名录-<date>.csv.")
            .RequireAuthorization(Policies.RosterRead)
            .ProducesDownload("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").ProducesValidationProblem();
        group.MapGet("/{id:guid}", Get)
            .WithName("GetOfficer")
            .Describe("查看一名执法检查人员", "Get one officer",
                "所有已登录用户（数据范围外回答 404）。",
                "Every signed-in user (outside the scope: 404).")
            .RequireAuthorization(Policies.RosterRead)
            .ProducesProblem(404);
        group.MapPost("/", Create)
            .WithName("CreateOfficer")
            .Describe("新增执法检查人员", "Add an officer",
                "系统管理员、名录库管理员。执法证号不能重复（409 duplicate-code）；单位须在调用者的数据范围内（403 unit-out-of-scope）；证书失效日不能早于发证日（409 certificate-dates）。",
                "Administrators and roster keepers. The badge number must be new (409 duplicate-code); the unit must be in the caller's scope (403 unit-out-of-scope); a certificate cannot expire before it is issued (409 certificate-dates).")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesValidationProblem().ProducesConflict("duplicate-code", "certificate-dates");
        group.MapPut("/{id:guid}", Update)
            .WithName("UpdateOfficer")
            .Describe("修改执法检查人员", "Change an officer",
                "系统管理员、名录库管理员。状态、单位、证书、是否可任组长等；须回传 version（409 stale-version）。",
                "Administrators and roster keepers. Status, unit, certificates, leader eligibility …; send the version you read (409 stale-version).")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesValidationProblem().ProducesProblem(404).ProducesConflict("stale-version", "certificate-dates");
        group.MapImport("/import", ImportRoster.Officers, "ImportOfficers");
        return api;
    }

    private static async Task<Ok<PagedResult<OfficerDto>>> List(
        IMediator mediator, CancellationToken ct, string? q = null, Guid? unitId = null, string? department = null,
        [QueryEnum(typeof(OfficerStatus))] string? status = null, bool? leader = null, string? expertise = null, DateOnly? certifiedOn = null,
        int page = 1, int pageSize = 20, [SortQuery(typeof(SearchOfficersQuery))] string? sort = null) =>
        TypedResults.Ok(await mediator.Send(
            new SearchOfficersQuery(q, unitId, department, QueryEnum.Parse<OfficerStatus>(status, "status"), leader, expertise, certifiedOn, page, pageSize, sort), ct));

    private static async Task<FileStreamHttpResult> Export(
        IMediator mediator, HttpResponse response, TimeProvider clock, CancellationToken ct, [QueryEnum(typeof(ExportFormat))] string? format = null, string? q = null, Guid? unitId = null, string? department = null,
        [QueryEnum(typeof(OfficerStatus))] string? status = null, bool? leader = null, string? expertise = null, DateOnly? certifiedOn = null)
    {
        var filter = new OfficerFilter(q, unitId, department, QueryEnum.Parse<OfficerStatus>(status, "status"), leader, expertise, certifiedOn);
        var file = await mediator.Send(new ExportOfficersQuery(filter, QueryEnum.Parse<ExportFormat>(format, "format") ?? ExportFormat.Csv), ct);
        return TargetEndpoints.Download(file, response, "执法检查人员名录", clock);
    }

    private static async Task<Ok<OfficerDto>> Get(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetOfficerQuery(id), ct));

    private static async Task<Created<OfficerDto>> Create(CreateOfficerCommand command, IMediator mediator, CancellationToken ct)
    {
        var officer = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/officers/{officer.Id}", officer);
    }

    private static async Task<Ok<OfficerDto>> Update(Guid id, UpdateOfficerRequest r, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new UpdateOfficerCommand(
            id, r.Name, r.UnitId, r.DepartmentCode, r.Status, r.IsLeaderEligible, r.UserId, r.ExpertiseTags, r.Certificates, r.Version), ct));
}
