using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Requests;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Rosters.Recusals;
using DoubleRandom.Application.Rosters.Recusals.Commands.CreateRecusal;
using DoubleRandom.Application.Rosters.Recusals.Commands.DeleteRecusal;
using DoubleRandom.Application.Rosters.Recusals.Commands.UpdateRecusal;
using DoubleRandom.Application.Rosters.Recusals.Queries.GetRecusal;
using DoubleRandom.Application.Rosters.Recusals.Queries.ListRecusals;
using DoubleRandom.Domain.Rosters;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoubleRandom.Api.Endpoints;

/// <summary>/api/v1/recusals — 回避登记.</summary>
public static class RecusalEndpoints
{
    public sealed record UpdateRecusalRequest(RecusalReason? Reason, string? Note, DateOnly? ValidFrom, DateOnly? ValidTo, int? Version);

    public static RouteGroupBuilder MapRecusals(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/recusals").WithTags("Recusals 回避");
        group.MapGet("/", List)
            .WithName("ListRecusals")
            .Describe("回避登记列表", "List recusals",
                "所有已登录用户（数据范围内的人员）。按人员（officerId）和/或检查对象（targetCode）查询；activeOn 只保留当天有效的，分页、排序。",
                "Every signed-in user (officers in scope). By officerId and/or targetCode; activeOn keeps those valid that day; paging and sorting.")
            .RequireAuthorization(Policies.RosterRead)
            .ProducesValidationProblem();
        group.MapGet("/{id:guid}", Get)
            .WithName("GetRecusal")
            .Describe("查看一条回避登记", "Get one recusal",
                "所有已登录用户（数据范围外回答 404）。",
                "Every signed-in user (outside the scope: 404).")
            .RequireAuthorization(Policies.RosterRead)
            .ProducesProblem(404);
        group.MapPost("/", Create)
            .WithName("CreateRecusal")
            .Describe("登记回避", "Register a recusal",
                "系统管理员、名录库管理员。某人员对某检查对象须回避的原因和有效期，记录登记人；结束日不能早于开始日（409 recusal-period），原因为其他时须填写说明（409 recusal-note-required）。人员不在数据范围内为 404。",
                "Administrators and roster keepers. Why and when an officer must recuse from a target; the recording user is kept. The end cannot precede the start (409 recusal-period); the reason other needs a note (409 recusal-note-required). An officer outside the scope is a 404.")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesValidationProblem().ProducesProblem(404).ProducesConflict("recusal-period", "recusal-note-required");
        group.MapPut("/{id:guid}", Update)
            .WithName("UpdateRecusal")
            .Describe("修改回避登记", "Change a recusal",
                "系统管理员、名录库管理员。原因、说明、有效期；须回传 version（409 stale-version）。",
                "Administrators and roster keepers. Reason, note and validity; send the version you read (409 stale-version).")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesValidationProblem().ProducesProblem(404).ProducesConflict("stale-version", "recusal-period", "recusal-note-required");
        group.MapDelete("/{id:guid}", Delete)
            .WithName("DeleteRecusal")
            .Describe("删除误登的回避", "Delete a recusal registered by mistake",
                "系统管理员、名录库管理员。",
                "Administrators and roster keepers.")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesProblem(404);
        group.MapImport("/import", ImportRoster.Recusals, "ImportRecusals");
        return api;
    }

    private static async Task<Ok<PagedResult<RecusalDto>>> List(
        IMediator mediator, CancellationToken ct, Guid? officerId = null, string? targetCode = null, DateOnly? activeOn = null,
        int page = 1, int pageSize = 20, [SortQuery(typeof(ListRecusalsQuery))] string? sort = null) =>
        TypedResults.Ok(await mediator.Send(new ListRecusalsQuery(officerId, targetCode, activeOn, page, pageSize, sort), ct));

    private static async Task<Ok<RecusalDto>> Get(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetRecusalQuery(id), ct));

    private static async Task<Created<RecusalDto>> Create(CreateRecusalCommand command, IMediator mediator, CancellationToken ct)
    {
        var recusal = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/recusals/{recusal.Id}", recusal);
    }

    private static async Task<Ok<RecusalDto>> Update(Guid id, UpdateRecusalRequest r, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new UpdateRecusalCommand(id, r.Reason, r.Note, r.ValidFrom, r.ValidTo, r.Version), ct));

    private static async Task<NoContent> Delete(Guid id, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new DeleteRecusalCommand(id), ct);
        return TypedResults.NoContent();
    }
}
