using DoubleRandom.Api.Hosting;
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
            .WithName("SearchTargets").WithSummary("Search targets (paging, sorting; filters kind, regionPrefix, industry, department, riskTier, status, tag, q)")
            .RequireAuthorization(Policies.RosterRead)
            .ProducesValidationProblem();
        group.MapGet("/export", Export)
            .WithName("ExportTargets").WithSummary("Export the filtered targets as CSV or XLSX (import columns; formula cells neutralised)")
            .RequireAuthorization(Policies.RosterRead)
            .Produces(200, contentType: "text/csv").ProducesValidationProblem();
        group.MapGet("/{id:guid}", Get)
            .WithName("GetTarget").WithSummary("Get one target")
            .RequireAuthorization(Policies.RosterRead)
            .ProducesProblem(404);
        group.MapPost("/", Create)
            .WithName("CreateTarget").WithSummary("Add a target")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesValidationProblem().ProducesProblem(409);
        group.MapPut("/{id:guid}", Update)
            .WithName("UpdateTarget").WithSummary("Change a target (send the version you read)")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{id:guid}/retire", Retire)
            .WithName("RetireTarget").WithSummary("Retire a target (kept on record, left out of lists and draws)")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesProblem(404).ProducesProblem(409);
        group.MapDelete("/{id:guid}", Delete)
            .WithName("DeleteTarget").WithSummary("Delete a target entered by mistake; 409 target-referenced-by-draw once a draw refers to it")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesProblem(404).ProducesProblem(409);
        group.MapImport("/import", ImportRoster.Targets, "ImportTargets");
        return api;
    }

    internal static TargetFilter Filter(
        string? q, string? kind, string? regionPrefix, string? industrySection, string? industryDivision, string? department,
        string? riskTier, string? status, string? tag, bool includeRetired) =>
        new(q, QueryEnum.Parse<TargetKind>(kind, "kind"), regionPrefix, industrySection, industryDivision, department,
            QueryEnum.Parse<RiskTier>(riskTier, "riskTier"), QueryEnum.Parse<TargetStatus>(status, "status"), tag, includeRetired);

    private static async Task<Ok<PagedResult<TargetDto>>> List(
        IMediator mediator, CancellationToken ct, string? q = null, [QueryEnum(typeof(TargetKind))] string? kind = null, string? regionPrefix = null,
        string? industrySection = null, string? industryDivision = null, string? department = null, [QueryEnum(typeof(RiskTier))] string? riskTier = null,
        [QueryEnum(typeof(TargetStatus))] string? status = null, string? tag = null, bool includeRetired = false, int page = 1, int pageSize = 20, [SortQuery(typeof(SearchTargetsQuery))] string? sort = null) =>
        TypedResults.Ok(await mediator.Send(new SearchTargetsQuery(
            Filter(q, kind, regionPrefix, industrySection, industryDivision, department, riskTier, status, tag, includeRetired),
            page, pageSize, sort), ct));

    private static async Task<FileStreamHttpResult> Export(
        IMediator mediator, HttpResponse response, TimeProvider clock, CancellationToken ct, [QueryEnum(typeof(ExportFormat))] string? format = null, string? q = null, [QueryEnum(typeof(TargetKind))] string? kind = null,
        string? regionPrefix = null, string? industrySection = null, string? industryDivision = null, string? department = null,
        [QueryEnum(typeof(RiskTier))] string? riskTier = null, [QueryEnum(typeof(TargetStatus))] string? status = null, string? tag = null, bool includeRetired = false)
    {
        var file = await mediator.Send(new ExportTargetsQuery(
            Filter(q, kind, regionPrefix, industrySection, industryDivision, department, riskTier, status, tag, includeRetired),
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
