using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Requests;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Draws;
using DoubleRandom.Api.Hosting;
using DoubleRandom.Application.Draws.Queries.CheckTarget;
using DoubleRandom.Application.Draws.Queries.GetBundle;
using DoubleRandom.Application.Draws.Queries.GetDraw;
using DoubleRandom.Application.Draws.Queries.GetDrawResult;
using DoubleRandom.Application.Draws.Queries.ListDraws;
using DoubleRandom.Application.Draws.Queries.VerifyBundle;
using DoubleRandom.Domain.Drawing;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DoubleRandom.Api.Endpoints;

/// <summary>
/// /api/v1/public/draws — 一公开, anonymous: commitments and digests at once; the bundle, the drawn names and the
/// per-target check after reveal; verification of any posted bundle.
/// </summary>
public static class PublicDrawEndpoints
{
    public static RouteGroupBuilder MapPublicDraws(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/public/draws").WithTags("Public disclosure 公示").AllowAnonymous();
        group.MapGet("/", List)
            .WithName("PublicListDraws")
            .Describe("公示：抽取列表", "Public: list draws",
                "任何人（匿名）。每个已准备的抽取：状态、承诺 C、名单根哈希、各层规模，封存后还有结果摘要；按年度、任务筛选，分页。",
                "Anyone (anonymous). Every prepared draw with status, commitment C, roots, stratum sizes and, once sealed, the result digest; filters year and taskId, paged.")
            .ProducesValidationProblem();
        group.MapGet("/{id:guid}", Get)
            .WithName("PublicGetDraw")
            .Describe("公示：查看一次抽取", "Public: get one draw",
                "任何人（匿名）。公布的抽取信息：状态、承诺 C、名单根哈希。",
                "Anyone (anonymous). One prepared draw as published: status, commitment C, roots.")
            .ProducesProblem(404);
        group.MapGet("/{id:guid}/result", Result)
            .WithName("PublicGetDrawResult")
            .Describe("公示：抽取结果", "Public: draw result",
                "任何人（匿名）。公开后（任务结束或提前公开）抽中的各组及名单；之前为 409 draw-not-revealed。",
                "Anyone (anonymous). The drawn groups with names once revealed (task closed or revealed early); before that 409 draw-not-revealed.")
            .ProducesProblem(404).ProducesConflict("draw-not-revealed");
        group.MapGet("/{id:guid}/bundle", Bundle)
            .WithName("PublicGetBundle")
            .Describe("公示：验证包", "Public: verification bundle",
                "任何人（匿名）。公开后的 DR1 §10 验证包（JSON 文件，文件名如 抽取公示包-<任务名>-<日期>.json），可用 verify 命令或 POST /public/draws/verify 重新计算；之前为 409 draw-not-revealed。",
                "Anyone (anonymous). The DR1 §10 bundle once revealed (a JSON file named like 抽取公示包-<task>-<date>.json), to recompute with the verify command or POST /public/draws/verify; before that 409 draw-not-revealed.")
            .ProducesDownload("application/json").ProducesProblem(404).ProducesConflict("draw-not-revealed");
        group.MapGet("/{id:guid}/targets/{code}", CheckTarget)
            .WithName("PublicCheckTarget")
            .Describe("公示：某对象为何被抽中或未被抽中", "Public: why a target was (not) drawn",
                "任何人（匿名）。公开后，某一检查对象所在的层、权重、u、λ、Q、τ 以及是否被抽中；之前为 409 draw-not-revealed。",
                "Anyone (anonymous). Once revealed: one target's stratum, weight, u, λ, Q, τ and whether it was drawn; before that 409 draw-not-revealed.")
            .ProducesProblem(404).ProducesConflict("draw-not-revealed");
        group.MapPost("/verify", Verify)
            .WithName("PublicVerifyBundle")
            .Describe("公示：验证一个验证包", "Public: verify a bundle",
                "任何人（匿名）。上传 DR1 验证包（application/json，≤ 64 MB，须在时限内发送完毕，否则 408），用与 verify 命令相同的代码重新计算，并与其 drawId 公布的内容比对。同时运行和排队的数量以及每个地址每分钟的次数有限（429，Retry-After）。",
                "Anyone (anonymous). Posts a DR1 bundle (application/json, ≤ 64 MB, arriving within the time limit or 408), recomputes it with the verify command's code and compares it with what was published for its drawId. Running and queued verifications and per-address permits per minute are limited (429, Retry-After).")
            .Accepts<object>("application/json").WithMetadata(new RequestSizeLimitAttribute(VerifySettings.MaxBundleBytes)).RequireRateLimiting(VerifyRateLimit.PolicyName)
            .ProducesValidationProblem().ProducesProblem(408).ProducesProblem(429);
        return api;
    }

    private static async Task<Ok<PagedResult<DrawDto>>> List(IMediator mediator, CancellationToken ct, int? year = null, Guid? taskId = null,
        int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await mediator.Send(new ListDrawsQuery(year, taskId, null, page, pageSize, null, PublicOnly: true), ct));

    private static async Task<Ok<DrawDto>> Get(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetDrawQuery(id, PublicOnly: true), ct));

    private static async Task<Ok<DrawResultDto>> Result(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetDrawResultQuery(id, true), ct));

    private static async Task<FileStreamHttpResult> Bundle(Guid id, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var bundle = await mediator.Send(new GetBundleQuery(id), ct);
        var draw = await mediator.Send(new GetDrawQuery(id, PublicOnly: true), ct);
        DownloadName.Set(response, $"draw-{id}.json", $"抽取公示包-{DownloadName.Part(draw.TaskName)}-{DownloadName.Day(draw.DrawDate)}.json");
        var stream = new MemoryStream();
        bundle.WriteTo(stream);
        stream.Position = 0;
        return TypedResults.File(stream, "application/json");
    }

    private static async Task<Ok<TargetCheckDto>> CheckTarget(Guid id, string code, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new CheckTargetQuery(id, code), ct));

    private static async Task<Ok<BundleVerificationDto>> Verify(HttpRequest request, IMediator mediator, VerifySettings settings, CancellationToken ct)
    {
        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new BadHttpRequestException("The body must be application/json.", StatusCodes.Status415UnsupportedMediaType);
        }

        var limit = settings.MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        await using var body = new CountingStream(request.Body, limit, () => TooLarge(limit));
        try
        {
            // The body is read while this request holds one of the few places of the verification limiter: a client
            // trickling it in would hold that place, so the whole body must arrive within Public:VerifyBodySeconds.
            var seconds = settings.BodySeconds;
            using var reading = CancellationTokenSource.CreateLinkedTokenSource(ct);
            reading.CancelAfter(TimeSpan.FromSeconds(seconds));
            Dr1Bundle bundle;
            try
            {
                bundle = await Dr1Bundle.ParseAsync(body, reading.Token);
            }
            catch (Dr1BundleFormatException ex)
            {
                throw RequestValidationException.ForField("body", Text.Of($"验证包格式不正确：{ex.Message}", ex.Message));
            }
            catch (OperationCanceledException) when (reading.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                throw new BadHttpRequestException(Text.Of(
                    $"验证包须在 {seconds} 秒内发送完毕", $"The bundle must arrive within {seconds} s."), StatusCodes.Status408RequestTimeout);
            }

            VerifyRateLimit.CollectAfterParse(body.Position, settings);
            return TypedResults.Ok(await mediator.Send(new VerifyBundleQuery(bundle), ct));
        }
        finally
        {
            VerifyRateLimit.GiveMemoryBack(body.Position, settings);
        }
    }

    private static BadHttpRequestException TooLarge(long limit) => new(
        Text.Of($"验证包超过 {limit} 字节的上限", $"The bundle is larger than the limit of {limit} bytes."), StatusCodes.Status413PayloadTooLarge);
}
