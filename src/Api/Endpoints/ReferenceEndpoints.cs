using DoubleRandom.Api.Security;
using DoubleRandom.Application.Rosters.Reference;
using DoubleRandom.Application.Rosters.Reference.Queries.ListEnums;
using DoubleRandom.Application.Rosters.Reference.Queries.ListIndustries;
using DoubleRandom.Application.Rosters.Reference.Queries.ListRegions;
using DoubleRandom.Application.Rosters.Reference.Queries.ListRosterEnums;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoubleRandom.Api.Endpoints;

/// <summary>/api/v1/reference — the shipped reference lists (read-only).</summary>
public static class ReferenceEndpoints
{
    public static RouteGroupBuilder MapReference(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reference").WithTags("Reference data 基础数据");
        group.MapGet("/regions", Regions)
            .WithName("ListRegions").WithSummary("GB/T 2260 divisions of Ningxia (region, prefectures, counties)")
            .RequireAuthorization(Policies.RosterRead);
        group.MapGet("/industries", Industries)
            .WithName("ListIndustries").WithSummary("GB/T 4754-2017 sections with their division ranges")
            .RequireAuthorization(Policies.RosterRead);
        group.MapGet("/roster-enums", RosterEnums)
            .WithName("ListRosterEnums").WithSummary("Values of the roster enums with Chinese and English names")
            .RequireAuthorization(Policies.RosterRead);
        group.MapGet("/enums", Enums)
            .WithName("ListEnums")
            .WithSummary("Display names of every enum a person sees, in the request's language (Chinese; English with Accept-Language: en) 枚举值的显示名称")
            .RequireAuthorization(Policies.RosterRead);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<RegionDto>>> Regions(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListRegionsQuery(), ct));

    private static async Task<Ok<IReadOnlyList<IndustrySectionDto>>> Industries(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListIndustriesQuery(), ct));

    private static async Task<Ok<RosterEnumsDto>> RosterEnums(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListRosterEnumsQuery(), ct));

    private static async Task<Ok<IReadOnlyList<EnumNamesDto>>> Enums(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListEnumsQuery(), ct));
}
