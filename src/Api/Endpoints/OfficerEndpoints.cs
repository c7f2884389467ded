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
            .WithName("SearchOfficers").WithSummary("Search officers (filters unitId, department, status, leader, expertise, certifiedOn, q)")
            .RequireAuthorization(Policies.RosterRead)
            .ProducesValidationProblem();
        group.MapGet("/export", Export)
            .WithName("ExportOfficers").WithSummary("Export the filtered officers as CSV or XLSX (import columns, a row per certificate; formula cells neutralised)")
            .RequireAuthorization(Policies.RosterRead)
            .Produces(200, contentType: "text/csv").ProducesValidationProblem();
        group.MapGet("/{id:guid}", Get)
            .WithName("GetOfficer").WithSummary("Get one officer")
            .RequireAuthorization(Policies.RosterRead)
            .ProducesProblem(404);
        group.MapPost("/", Create)
            .WithName("CreateOfficer").WithSummary("Add an officer")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesValidationProblem().ProducesProblem(409);
        group.MapPut("/{id:guid}", Update)
            .WithName("UpdateOfficer").WithSummary("Change an officer (status, unit, certificates, leader eligibility …; send the version you read)")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
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
