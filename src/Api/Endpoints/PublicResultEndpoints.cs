using DoubleRandom.Api.Hosting;
using DoubleRandom.Api.OpenApi;
using DoubleRandom.Application.PublicResults;
using DoubleRandom.Application.PublicResults.Queries.SearchPublicResults;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoubleRandom.Api.Endpoints;

/// <summary>
/// /api/v1/public/results, /public/tasks/{taskId}/results, /public/enterprises/{code}/results — 一公开, anonymous: the
/// published inspection results (only rows a publication wrote; nothing about findings, evidence or inspectors).
/// </summary>
public static class PublicResultEndpoints
{
    public static RouteGroupBuilder MapPublicResults(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/public").WithTags("Public disclosure 公示").AllowAnonymous()
            .RequireRateLimiting(PublicResultsRateLimit.PolicyName);
        group.MapGet("/results", Search)
            .WithName("PublicSearchResults")
            .Describe("公示：查询检查结果", "Public: search inspection results",
                "任何人（匿名）。已公示的抽查检查结果：按检查对象代码（精确）、名称（从开头匹配）、年度、任务查询，至少给出其一；按公示日期从新到旧排序（同日按记录固定顺序，翻页稳定；给出任务时按检查对象代码、检查事项），分页（每页最多 100 条，最多翻到第 10,000 条；totalCount 最多计到 10,000，moreThanTotal 表示还有更多）。每个地址每分钟的次数有限（429，Retry-After）。",
                "Anyone (anonymous). Published inspection results by target code (exact), name (from its start), year and task, at least one of them; newest publication first (ties in a fixed row order, so pages are stable; with a task, by target code and item); paged (at most 100 a page, row 10,000 at most; totalCount counts up to 10,000 and moreThanTotal says there are more). Requests per address and minute are limited (429, Retry-After).")
            .ProducesValidationProblem().ProducesProblem(429);
        group.MapGet("/tasks/{taskId:guid}/results", ByTask)
            .WithName("PublicTaskResults")
            .Describe("公示：某任务的检查结果", "Public: one task's results",
                "任何人（匿名）。某抽查任务已公示的结果，按检查对象代码、检查事项排序，分页。任务未公示或不存在时为空列表（不是 404）。",
                "Anyone (anonymous). One task's published results by target code and item, paged. A task not published (or unknown) gives an empty list, not 404.")
            .ProducesValidationProblem().ProducesProblem(429);
        group.MapGet("/enterprises/{code}/results", ByEnterprise)
            .WithName("PublicEnterpriseResults")
            .Describe("公示：某企业的检查结果", "Public: one enterprise's results",
                "任何人（匿名）。按统一社会信用代码（或其他检查对象代码）查询该对象所有已公示的结果，最新公示在前，分页。代码格式不对为 400；没有已公示结果的代码为空列表（不是 404），因此无法据此分辨“未公示”与“从未被检查”。",
                "Anyone (anonymous). Every published result of one unified social credit code (or other target code), newest publication first, paged. A malformed code is a 400; a code without published results gives an empty list (not 404), so the answer cannot tell 'not yet published' from 'never inspected'.")
            .ProducesValidationProblem().ProducesProblem(429);
        return api;
    }

    private static async Task<Ok<PublicResultPage>> Search(
        IMediator mediator, CancellationToken ct, string? code = null, string? name = null, int? year = null, Guid? taskId = null, int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await mediator.Send(new SearchPublicResultsQuery(code, name, year, taskId, page, pageSize), ct));

    private static async Task<Ok<PublicResultPage>> ByTask(Guid taskId, IMediator mediator, CancellationToken ct, int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await mediator.Send(new SearchPublicResultsQuery(null, null, null, taskId, page, pageSize), ct));

    private static async Task<Ok<PublicResultPage>> ByEnterprise(string code, IMediator mediator, CancellationToken ct, int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await mediator.Send(new SearchPublicResultsQuery(code, null, null, null, page, pageSize), ct));
}
