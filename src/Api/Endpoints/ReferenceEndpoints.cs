using DoubleRandom.Api.OpenApi;
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
            .WithName("ListRegions")
            .Describe("行政区划", "Regions",
                "所有已登录用户。宁夏的 GB/T 2260 行政区划（自治区、地级市、县区）。",
                "Every signed-in user. GB/T 2260 divisions of Ningxia (region, prefectures, counties).")
            .RequireAuthorization(Policies.RosterRead);
        group.MapGet("/industries", Industries)
            .WithName("ListIndustries")
            .Describe("国民经济行业分类", "Industries",
                "所有已登录用户。GB/T 4754-2017 的门类及其大类范围。",
                "Every signed-in user. GB/T 4754-2017 sections with their division ranges.")
            .RequireAuthorization(Policies.RosterRead);
        group.MapGet("/roster-enums", RosterEnums)
            .WithName("ListRosterEnums")
            .Describe("名录枚举值", "Roster enums",
                "所有已登录用户。名录枚举（对象类型、状态、风险等级等）的取值及中英文名称。",
                "Every signed-in user. The values of the roster enums (target kind, status, risk tier …) with Chinese and English names.")
            .RequireAuthorization(Policies.RosterRead);
        group.MapGet("/enums", Enums)
            .WithName("ListEnums")
            .Describe("枚举值的显示名称", "Display names of the enums",
                "所有已登录用户。界面上显示的每个枚举（任务和抽取状态、角色、变更原因等）的显示名称，按请求语言（默认中文；Accept-Language: en 为英文）。",
                "Every signed-in user. Display names of every enum a person sees (task and draw status, roles, amendment reasons …) in the request's language (Chinese; English with Accept-Language: en).")
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
