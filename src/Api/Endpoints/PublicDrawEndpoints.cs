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
            .WithName("PublicListDraws").WithSummary("Every prepared draw with status, commitment, roots, stratum sizes and result digest")
            .ProducesValidationProblem();
        group.MapGet("/{id:guid}", Get)
            .WithName("PublicGetDraw").WithSummary("One prepared draw as published (status, commitment, roots)")
            .ProducesProblem(404);
        group.MapGet("/{id:guid}/result", Result)
            .WithName("PublicGetDrawResult").WithSummary("The drawn groups with names, after reveal (409 draw-not-revealed before)")
            .ProducesProblem(404).ProducesProblem(409);
        group.MapGet("/{id:guid}/bundle", Bundle)
            .WithName("PublicGetBundle").WithSummary("The DR1 §10 bundle, after reveal")
            .Produces(200, contentType: "application/json").ProducesProblem(404).ProducesProblem(409);
        group.MapGet("/{id:guid}/targets/{code}", CheckTarget)
            .WithName("PublicCheckTarget").WithSummary("Whether and why one target was (not) drawn: stratum, weight, u, λ, Q, τ; after reveal")
            .ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/verify", Verify)
            .WithName("PublicVerifyBundle").WithSummary("Recompute a posted DR1 bundle (same code as the verify command) and compare it with what was published for its drawId")
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
