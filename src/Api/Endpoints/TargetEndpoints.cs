using DoubleRandom.Api.Hosting;
using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Requests;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Rosters;
using DoubleRandom.Application.Rosters.Targets.Queries.ExportTargets;
using DoubleRandom.Application.Rosters.Targets;
using DoubleRandom.Application.Rosters.Targets.Commands.CreateTarget;
using DoubleRandom.Application.Rosters.Targets.Commands.DeleteTarget;
using DoubleRandom.Application.Rosters.Targets.Commands.RetireTarget;
using DoubleRandom.Application.Rosters.Targets.Commands.UpdateTarget;
using DoubleRandom.Application.Rosters.Targets.Queries.GetTarget;
using DoubleRandom.Application.Rosters.Targets.Queries.SearchTargets;
using DoubleRandom.Domain.Rosters;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoubleRandom.Api.Endpoints;

/// <summary>/api/v1/targets — 检查对象名录库.</summary>
public static class TargetEndpoints
{
    /// <summary>The changeable fields of a target; code and kind are fixed at creation.</summary>
    public sealed record UpdateTargetRequest(
        string? Name, string? LegalRepresentative, string? Address, string? RegionCode, string? IndustrySection,
        string? IndustryDivision, IReadOnlyList<string>? DepartmentCodes, DateOnly? RegistrationDate, decimal? RegisteredCapital,
        TargetStatus? Status, RiskTier? RiskTier, CreditClass? CreditClass, IReadOnlyList<string>? Tags, int? Weight, int? Version);

    public static RouteGroupBuilder MapTargets(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/targets").WithTags("Targets 检查对象");
        group.MapGet("/", List)
            .WithName("SearchTargets")
            .Describe("查询检查对象", "Search targets",
                "所有已登录用户。按类型、区划前缀、行业、部门、风险等级、状态、标签、关键字 q 筛选，inspected=true/false 只列历史检查结果中有/没有记录的对象，分页、排序；默认不含已停用对象。",
                "Every signed-in user. Filters kind, regionPrefix, industry, department, riskTier, status, tag and q, and inspected=true/false (has past results in the inspection history, or none), paging and sorting; retired targets only with includeRetired=true.")
            .RequireAuthorization(Policies.RosterRead)
            .ProducesValidationProblem();
        group.MapGet("/export", Export)
            .WithName("ExportTargets")
            .Describe("导出检查对象", "Export targets",
                "所有已登录用户。按同样的筛选导出 CSV 或 XLSX（format=csv|xlsx；列与导入相同，公式单元格已中和），文件名如 检查对象名录-<日期>.csv。",
                "Every signed-in user. The filtered targets as CSV or XLSX (format=csv|xlsx; the import columns, formula cells neutralised), named like 检查对象名录-<date>.csv.")
            .RequireAuthorization(Policies.RosterRead)
            .ProducesDownload("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").ProducesValidationProblem();
        group.MapGet("/{id:guid}", Get)
            .WithName("GetTarget")
            .Describe("查看一个检查对象", "Get one target",
                "所有已登录用户。",
                "Every signed-in user.")
            .RequireAuthorization(Policies.RosterRead)
            .ProducesProblem(404);
        group.MapPost("/", Create)
            .WithName("CreateTarget")
            .Describe("新增检查对象", "Add a target",
                "系统管理员、名录库管理员。统一社会信用代码（或其他编号）不能重复（409 duplicate-code）；权重 1–1000000，注册资本不能为负。",
                "Administrators and roster keepers. The code (unified social credit code or other) must be new (409 duplicate-code); weight 1–1000000, registered capital not negative.")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesValidationProblem().ProducesConflict("duplicate-code", "target-weight-range", "target-capital-negative");
        group.MapPut("/{id:guid}", Update)
            .WithName("UpdateTarget")
            .Describe("修改检查对象", "Change a target",
                "系统管理员、名录库管理员。编号和类型创建后不可改；须回传 version（409 stale-version）；已停用的对象不能修改（409 target-retired）。",
                "Administrators and roster keepers. Code and kind are fixed; send the version you read (409 stale-version); a retired target cannot change (409 target-retired).")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesValidationProblem().ProducesProblem(404)
            .ProducesConflict("stale-version", "target-retired", "target-weight-range", "target-capital-negative");
        group.MapPost("/{id:guid}/retire", Retire)
            .WithName("RetireTarget")
            .Describe("停用检查对象", "Retire a target",
                "系统管理员、名录库管理员。对象保留在记录中，不再出现在列表和新的抽取中；已停用的不能再停用（409 target-retired）。",
                "Administrators and roster keepers. The target stays on record, left out of lists and new draws; retiring twice is 409 target-retired.")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesProblem(404).ProducesConflict("target-retired");
        group.MapDelete("/{id:guid}", Delete)
            .WithName("DeleteTarget")
            .Describe("删除误录的检查对象", "Delete a target entered by mistake",
                "系统管理员、名录库管理员。一旦有抽取引用该对象则不能删除（409 target-referenced-by-draw），请改为停用。",
                "Administrators and roster keepers. Refused once a draw refers to it (409 target-referenced-by-draw): retire it instead.")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesProblem(404).ProducesConflict("target-referenced-by-draw");
        group.MapImport("/import", ImportRoster.Targets, "ImportTargets");
        return api;
    }

    internal static TargetFilter Filter(
        string? q, string? kind, string? regionPrefix, string? industrySection, string? industryDivision, string? department,
        string? riskTier, string? status, string? tag, bool includeRetired, bool? inspected) =>
        new(q, QueryEnum.Parse<TargetKind>(kind, "kind"), regionPrefix, industrySection, industryDivision, department,
            QueryEnum.Parse<RiskTier>(riskTier, "riskTier"), QueryEnum.Parse<TargetStatus>(status, "status"), tag, includeRetired, inspected);

    private static async Task<Ok<PagedResult<TargetDto>>> List(
        IMediator mediator, CancellationToken ct, string? q = null, [QueryEnum(typeof(TargetKind))] string? kind = null, string? regionPrefix = null,
        string? industrySection = null, string? industryDivision = null, string? department = null, [QueryEnum(typeof(RiskTier))] string? riskTier = null,
        [QueryEnum(typeof(TargetStatus))] string? status = null, string? tag = null, bool includeRetired = false, bool? inspected = null, int page = 1, int pageSize = 20, [SortQuery(typeof(SearchTargetsQuery))] string? sort = null) =>
        TypedResults.Ok(await mediator.Send(new SearchTargetsQuery(
            Filter(q, kind, regionPrefix, industrySection, industryDivision, department, riskTier, status, tag, includeRetired, inspected),
            page, pageSize, sort), ct));

    private static async Task<FileStreamHttpResult> Export(
        IMediator mediator, HttpResponse response, TimeProvider clock, CancellationToken ct, [QueryEnum(typeof(ExportFormat))] string? format = null, string? q = null, [QueryEnum(typeof(TargetKind))] string? kind = null,
        string? regionPrefix = null, string? industrySection = null, string? industryDivision = null, string? department = null,
        [QueryEnum(typeof(RiskTier))] string? riskTier = null, [QueryEnum(typeof(TargetStatus))] string? status = null, string? tag = null, bool includeRetired = false,
        bool? inspected = null)
    {
        var file = await mediator.Send(new ExportTargetsQuery(
            Filter(q, kind, regionPrefix, industrySection, industryDivision, department, riskTier, status, tag, includeRetired, inspected),
            QueryEnum.Parse<ExportFormat>(format, "format") ?? ExportFormat.Csv), ct);
        return Download(file, response, "检查对象名录", clock);
    }

    /// <summary>A roster export, named <c>&lt;名录&gt;-&lt;date&gt;.csv|xlsx</c>, streamed from its temporary file.</summary>
    internal static FileStreamHttpResult Download(ExportFile file, HttpResponse response, string chineseName, TimeProvider clock)
    {
        var day = DownloadName.Today(clock);
        var extension = Path.GetExtension(file.FileName);
        DownloadName.Set(response, $"{Path.GetFileNameWithoutExtension(file.FileName)}-{day}{extension}", $"{chineseName}-{day}{extension}");
        return TypedResults.File(OpenExport(file), file.ContentType);
    }

    /// <summary>The export file streams to the client and disappears when the response is done.</summary>
    internal static FileStream OpenExport(ExportFile file) =>
        new(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, FileOptions.DeleteOnClose);

    private static async Task<Ok<TargetDto>> Get(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetTargetQuery(id), ct));

    private static async Task<Created<TargetDto>> Create(CreateTargetCommand command, IMediator mediator, CancellationToken ct)
    {
        var target = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/targets/{target.Id}", target);
    }

    private static async Task<Ok<TargetDto>> Update(Guid id, UpdateTargetRequest r, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new UpdateTargetCommand(
            id, r.Name, r.LegalRepresentative, r.Address, r.RegionCode, r.IndustrySection, r.IndustryDivision, r.DepartmentCodes,
            r.RegistrationDate, r.RegisteredCapital, r.Status, r.RiskTier, r.CreditClass, r.Tags, r.Weight, r.Version), ct));

    private static async Task<Ok<TargetDto>> Retire(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new RetireTargetCommand(id), ct));

    private static async Task<NoContent> Delete(Guid id, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new DeleteTargetCommand(id), ct);
        return TypedResults.NoContent();
    }
}
