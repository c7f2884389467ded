using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Draws;
using DoubleRandom.Application.Draws.Queries;
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
    /// <summary>A million-target bundle is about 60 MB of JSON.</summary>
    public const long MaxBundleBytes = 256L * 1024 * 1024;

    public static RouteGroupBuilder MapPublicDraws(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/public/draws").WithTags("Public disclosure 公示").AllowAnonymous();
        group.MapGet("/", List).WithName("PublicListDraws")
            .WithSummary("Every prepared draw with status, commitment, roots, stratum sizes and result digest").ProducesValidationProblem();
        group.MapGet("/{id:guid}", Get).WithName("PublicGetDraw").ProducesProblem(404);
        group.MapGet("/{id:guid}/result", Result).WithName("PublicGetDrawResult")
            .WithSummary("The drawn groups with names, after reveal (409 draw-not-revealed before)").ProducesProblem(404).ProducesProblem(409);
        group.MapGet("/{id:guid}/bundle", Bundle).WithName("PublicGetBundle")
            .WithSummary("The DR1 §10 bundle, after reveal").Produces(200, contentType: "application/json").ProducesProblem(404).ProducesProblem(409);
        group.MapGet("/{id:guid}/targets/{code}", CheckTarget).WithName("PublicCheckTarget")
            .WithSummary("Whether and why one target was (not) drawn: stratum, weight, u, λ, Q, τ; after reveal").ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/verify", Verify).WithName("PublicVerifyBundle")
            .WithSummary("Recompute a posted DR1 bundle (same code as the verify command)")
            .Accepts<object>("application/json").WithMetadata(new RequestSizeLimitAttribute(MaxBundleBytes))
            .ProducesValidationProblem().ProducesProblem(413).ProducesProblem(415);
        return api;
    }

    private static async Task<Ok<PagedResult<DrawDto>>> List(IMediator m, CancellationToken ct, int? year = null, Guid? taskId = null,
        int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await m.Send(new ListDrawsQuery(year, taskId, null, page, pageSize, null), ct));

    private static async Task<Ok<DrawDto>> Get(Guid id, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetDrawQuery(id), ct));

    private static async Task<Ok<DrawResultDto>> Result(Guid id, IMediator m, CancellationToken ct) =>
        TypedResults.Ok(await m.Send(new GetDrawResultQuery(id, true), ct));

    private static async Task<FileStreamHttpResult> Bundle(Guid id, IMediator m, CancellationToken ct)
    {
        var bundle = await m.Send(new GetBundleQuery(id), ct);
        var stream = new MemoryStream();
        bundle.WriteTo(stream);
        stream.Position = 0;
        return TypedResults.File(stream, "application/json", $"draw-{id}.json");
    }

    private static async Task<Ok<TargetCheckDto>> CheckTarget(Guid id, string code, IMediator m, CancellationToken ct) =>
        TypedResults.Ok(await m.Send(new CheckTargetQuery(id, code), ct));

    private static async Task<Ok<BundleVerification>> Verify(HttpRequest request, IMediator m, CancellationToken ct)
    {
        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new BadHttpRequestException("The body must be application/json.", StatusCodes.Status415UnsupportedMediaType);
        }

        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(ct);
        return TypedResults.Ok(await m.Send(new VerifyBundleQuery(json), ct));
    }
}
