using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Requests;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Inspections;
using DoubleRandom.Application.Inspections.Queries.GetInspectionHistory;
using DoubleRandom.Domain.Rosters;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoubleRandom.Api.Endpoints;

/// <summary>Past inspection results (历史检查结果): a target's history, and the import of another system's history.</summary>
public static class InspectionHistoryEndpoints
{
    public static RouteGroupBuilder MapInspectionHistory(this RouteGroupBuilder api)
    {
        api.MapGet("/targets/{code}/inspection-history", Get)
            .WithTags("Targets 检查对象")
            .WithName("GetInspectionHistory")
            .Describe("检查对象的历史检查结果", "A target's past inspection results",
                "所有已登录用户。按检查对象代码（统一社会信用代码或其他编号）列出以往的检查结果：每次检查的每个事项一行，含结果类别（resultCategoryCode，是否发现问题 indicatesProblem）、抽中该对象的抽取的入样概率 inclusionProbability（λ，未知时为 null）和抽取层；来源为导入（import）或演示模拟（demo，真实模型见 docs/demo-data.md）。year 只列某一年度；默认按检查日期从新到旧（sort=-inspectedOn），分页。对象不存在时 404。",
                "Every signed-in user. A target's past results by its code (credit code or other): one row per item of each visit, with the result category (resultCategoryCode, indicatesProblem), the inclusion probability λ of the draw that chose the target (inclusionProbability, null when unknown) and its stratum; the source is an import or the demo simulation (its true model: docs/demo-data.md). year keeps one year; newest visit first by default (sort=-inspectedOn), paged. An unknown target is a 404.")
            .RequireAuthorization(Policies.RosterRead)
            .ProducesValidationProblem().ProducesProblem(404);
        var group = api.MapGroup("/inspection-history").WithTags("Import jobs 批量导入");
        group.MapImport("/import", ImportRoster.InspectionHistory, "ImportInspectionHistory");
        return api;
    }

    private static async Task<Ok<PagedResult<InspectionOutcomeDto>>> Get(
        string code, IMediator mediator, CancellationToken ct, int? year = null, int page = 1, int pageSize = 20,
        [SortQuery(typeof(GetInspectionHistoryQuery))] string? sort = "-inspectedOn") =>
        TypedResults.Ok(await mediator.Send(new GetInspectionHistoryQuery(code, year, page, pageSize, sort), ct));
}
