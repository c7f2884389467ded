using System.Globalization;
using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Risk.Scoring;
using DoubleRandom.Application.Risk.Scoring.Commands.SetTierCutoffs;
using DoubleRandom.Application.Risk.Scoring.Queries.ExplainTarget;
using DoubleRandom.Application.Risk.Scoring.Queries.GetRescore;
using DoubleRandom.Application.Risk.Scoring.Queries.GetTierCutoffs;
using DoubleRandom.Application.Risk.Scoring.Queries.GetTierDistribution;
using DoubleRandom.Application.Risk.Scoring.Queries.ListRescores;
using DoubleRandom.Domain.Risk;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DoubleRandom.Api.Endpoints;

/// <summary>/api/v1/risk: tiers from the model's scores — explanation of one target, the tier distribution, the cut-offs, the re-scores.</summary>
public static class RiskTierEndpoints
{
    public const string Tag = RiskEndpoints.Tag;

    /// <param name="Mode">thresholds: the values are probabilities; quantiles: shares of the scored population.</param>
    /// <param name="First">A|B cut, in (0, 1).</param>
    /// <param name="Second">B|C cut, greater than first, below 1.</param>
    /// <param name="Third">C|D cut, greater than second, below 1.</param>
    public sealed record TierCutoffsRequest(RiskTierCutoffMode? Mode, double? First, double? Second, double? Third);

    public static RouteGroupBuilder MapRiskTiers(this RouteGroupBuilder api)
    {
        var risk = api.MapGroup("/risk").WithTags(Tag);
        risk.MapGet("/targets/{code}/explanation", Explain)
            .WithName("ExplainTargetRisk")
            .Describe("检查对象的风险解释", "Why a target has its risk tier",
                RiskEndpoints.Readers + "最近一次评分给出的发现问题概率、风险等级、模型版本、该次评分所用的分界设置和概率阈值，以及影响最大的几个特征（按影响大小排序，每项一句中文说明，如“成立不满两年，风险上升”；Accept-Language: en 时为英文）。等级由人工或导入设定（或未评定）的对象 scored 为 false，并说明未经模型评分。对象不存在 404。",
                "Analysts, administrators, operators, leaders and supervisors. The probability of a problem, the tier, the model version, the cut-off setting and probability thresholds of the scoring that set it, and the features that weighed most (largest first, each with a sentence, e.g. 成立不满两年，风险上升; English with Accept-Language: en). A target whose tier a person or an import set (or that has none) answers scored false with a sentence saying so. 404 for an unknown code.")
            .RequireAuthorization(Policies.RiskRead)
            .ProducesValidationProblem().ProducesProblem(404);
        risk.MapGet("/tiers", Distribution)
            .WithName("GetRiskTierDistribution")
            .Describe("风险等级分布", "Distribution of risk tiers",
                RiskEndpoints.Readers + "评分所覆盖的检查对象（在册且存续或列入经营异常名录，与评分相同）按风险等级 A–D 及未评定的数量和占比，每级中由模型评分设定与由人工或导入设定的数量；以及最近两次评分各级的数量和占比变化（漂移）。",
                "Analysts, administrators, operators, leaders and supervisors. The targets a scoring reads (not retired, operating or in the abnormal-operation list) per tier A–D and unrated: counts and shares, and per tier how many a model's scoring set and how many a person or an import set; with the counts of the last two scorings per tier and the change of each tier's share between them (drift).")
            .RequireAuthorization(Policies.RiskRead);
        risk.MapGet("/tier-cutoffs", GetCutoffs)
            .WithName("GetRiskTierCutoffs")
            .Describe("风险等级分界设置", "Risk tier cut-offs",
                RiskEndpoints.Readers + "评分如何把概率分为 A|B|C|D（A 风险最低）：mode 为 thresholds 时三个值是概率阈值，为 quantiles 时是总体分位（如 0.5/0.8/0.95：一半为 A，30% 为 B，15% 为 C，5% 为 D，即未设置时的默认值，isDefault 为 true）。ETag 为版本号，修改时可放在 If-Match 中。",
                "Analysts, administrators, operators, leaders and supervisors. How a scoring splits probabilities into A|B|C|D (A the lowest risk): with mode thresholds the three values are probability thresholds, with quantiles population quantiles (e.g. 0.5/0.8/0.95: half A, 30 % B, 15 % C, 5 % D — the default while none is set, isDefault true). The ETag is the version, for If-Match when changing them.")
            .RequireAuthorization(Policies.RiskRead)
            .WithResponseHeader(StatusCodes.Status200OK, ResponseHeadersOperationFilter.ETag);
        risk.MapPut("/tier-cutoffs", SetCutoffs)
            .WithName("SetRiskTierCutoffs")
            .Describe("修改风险等级分界设置", "Set the risk tier cut-offs",
                RiskEndpoints.Managers + "mode（thresholds 或 quantiles）和三个分界值 first、second、third：均须在 0 与 1 之间（不含）且严格递增，否则 400 并指明字段。下一次评分起生效（已写入的等级不变）。可带 If-Match（读取时的 ETag；未设置过时为 \"0\"；* 不检查），期间被修改则 409 stale-version。修改前后记入审计。",
                "Analysts and administrators. mode (thresholds or quantiles) and three cut values first, second, third: each strictly between 0 and 1 and strictly increasing, else 400 naming the field. Used from the next scoring on (tiers already written stay). If-Match is optional (the ETag read; \"0\" while none was set; * checks nothing); changed since is 409 stale-version. Before and after go into the audit trail.")
            .RequireAuthorization(Policies.RiskManage)
            .WithResponseHeader(StatusCodes.Status200OK, ResponseHeadersOperationFilter.ETag)
            .WithRequestHeader("If-Match", required: false)
            .ProducesValidationProblem()
            .ProducesConflict("stale-version");
        risk.MapGet("/rescores", ListRescores)
            .WithName("ListRiskRescores")
            .Describe("评分记录列表", "List risk scorings",
                RiskEndpoints.Readers + "每次用风险模型为全部在册对象评分的记录，新的在前，分页：模型版本、操作人和时间、评分对象数、等级变化的对象数、所用分界和阈值、各等级间的迁移数量（A→B …，含原未评定和原由人工设定的）。",
                "Analysts, administrators, operators, leaders and supervisors. Each scoring of every active target by a risk model, newest first, paged: model version, who and when, targets scored and moved, cut-offs and thresholds used, and the counts per move between tiers (A→B …, from unrated and from manual tiers included).")
            .RequireAuthorization(Policies.RiskRead)
            .ProducesValidationProblem();
        risk.MapGet("/rescores/{id:guid}", GetRescore)
            .WithName("GetRiskRescore")
            .Describe("查看评分记录", "Get a risk scoring",
                RiskEndpoints.Readers + "同列表中的一项。不存在 404。",
                "Analysts, administrators, operators, leaders and supervisors. One item of the list. 404 when there is none.")
            .RequireAuthorization(Policies.RiskRead)
            .ProducesProblem(404);
        return api;
    }

    private static async Task<Ok<RiskExplanationDto>> Explain(string code, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ExplainTargetQuery(code), ct));

    private static async Task<Ok<RiskTierDistributionDto>> Distribution(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetTierDistributionQuery(), ct));

    private static async Task<Ok<RiskTierCutoffsDto>> GetCutoffs(IMediator mediator, HttpContext context, CancellationToken ct)
    {
        var cutoffs = await mediator.Send(new GetTierCutoffsQuery(), ct);
        context.Response.Headers.ETag = ETagOf(cutoffs);
        return TypedResults.Ok(cutoffs);
    }

    private static async Task<Ok<RiskTierCutoffsDto>> SetCutoffs(
        TierCutoffsRequest r, IMediator mediator, HttpContext context, CancellationToken ct, [FromHeader(Name = "If-Match")] string? ifMatch = null)
    {
        var cutoffs = await mediator.Send(new SetTierCutoffsCommand(r.Mode, r.First, r.Second, r.Third, VersionOf(ifMatch)), ct);
        context.Response.Headers.ETag = ETagOf(cutoffs);
        return TypedResults.Ok(cutoffs);
    }

    private static async Task<Ok<PagedResult<RiskRescoreDto>>> ListRescores(IMediator mediator, CancellationToken ct, int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await mediator.Send(new ListRescoresQuery(page, pageSize), ct));

    private static async Task<Ok<RiskRescoreDto>> GetRescore(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetRescoreQuery(id), ct));

    private static string ETagOf(RiskTierCutoffsDto cutoffs) => $"\"{cutoffs.Version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>If-Match is optional: none or <c>*</c> checks nothing; a tag that is not a version matches no setting (409 stale-version).</summary>
    private static int? VersionOf(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return null;
        }

        var tag = ifMatch.Split(',')[0].Trim();
        if (tag == "*")
        {
            return null;
        }

        tag = tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
        return int.TryParse(tag.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1;
    }
}
