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
            .WithName("ListRecusals").WithSummary("List recusals by officerId and/or targetCode; activeOn keeps those valid that day")
            .RequireAuthorization(Policies.RosterRead)
            .ProducesValidationProblem();
        group.MapGet("/{id:guid}", Get)
            .WithName("GetRecusal").WithSummary("Get one recusal")
            .RequireAuthorization(Policies.RosterRead)
            .ProducesProblem(404);
        group.MapPost("/", Create)
            .WithName("CreateRecusal").WithSummary("Register a recusal (the recording user is kept)")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesValidationProblem();
        group.MapPut("/{id:guid}", Update)
            .WithName("UpdateRecusal").WithSummary("Change a recusal (reason, note, validity; send the version you read)")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        group.MapDelete("/{id:guid}", Delete)
            .WithName("DeleteRecusal").WithSummary("Delete a recusal registered by mistake")
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
