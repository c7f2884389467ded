using DoubleRandom.Api.Security;
using DoubleRandom.Application.Rosters.Reference.Queries.ListIndustries;
using DoubleRandom.Application.Rosters.Reference.Queries.ListRegions;
using DoubleRandom.Application.Rosters.Reference.Queries.ListRosterEnums;
using Mediator;

namespace DoubleRandom.Api.Endpoints;

/// <summary>/api/v1/reference — the shipped reference lists (read-only).</summary>
public static class ReferenceEndpoints
{
    public static RouteGroupBuilder MapReference(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reference").WithTags("Reference data 基础数据");
        group.MapGet("/regions", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListRegionsQuery(), ct)))
            .WithName("ListRegions").RequireAuthorization(Policies.RosterRead).WithSummary("GB/T 2260 divisions of Ningxia (region, prefectures, counties)");
        group.MapGet("/industries", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListIndustriesQuery(), ct)))
            .WithName("ListIndustries").RequireAuthorization(Policies.RosterRead).WithSummary("GB/T 4754-2017 sections with their division ranges");
        group.MapGet("/roster-enums", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListRosterEnumsQuery(), ct)))
            .WithName("ListRosterEnums").RequireAuthorization(Policies.RosterRead).WithSummary("Values of the roster enums with Chinese and English names");
        return api;
    }
}
