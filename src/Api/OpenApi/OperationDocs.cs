namespace DoubleRandom.Api.OpenApi;

/// <summary>
/// How an endpoint says what it does and what it answers, beyond <c>Produces…</c>: a bilingual summary and description,
/// the <c>code</c>s of its 409s, its downloads and its extra response headers. The metadata is read by
/// <see cref="OperationResponsesOperationFilter"/> and <see cref="ResponseHeadersOperationFilter"/>.
/// </summary>
internal static class OperationDocs
{
    /// <summary>The summary "中文 — English" and the description: the Chinese paragraph, then the English one.</summary>
    public static RouteHandlerBuilder Describe(this RouteHandlerBuilder builder, string summaryZh, string summaryEn, string descriptionZh, string descriptionEn) =>
        builder.WithSummary($"{summaryZh} — {summaryEn}").WithDescription($"{descriptionZh}\n\n{descriptionEn}");

    /// <summary>A 409 problem, and the <c>code</c>s it can carry (docs/problems.md).</summary>
    public static RouteHandlerBuilder ProducesConflict(this RouteHandlerBuilder builder, params string[] codes) =>
        builder.ProducesProblem(StatusCodes.Status409Conflict).WithMetadata(new OperationConflictCodes(codes));

    /// <summary>A 200 file download of the given media types, named by <c>Content-Disposition</c> (filename and filename*).</summary>
    public static RouteHandlerBuilder ProducesDownload(this RouteHandlerBuilder builder, string contentType, params string[] moreContentTypes) =>
        builder.Produces(StatusCodes.Status200OK, typeof(Stream), contentType, moreContentTypes)
            .WithResponseHeader(StatusCodes.Status200OK, ResponseHeadersOperationFilter.ContentDisposition);

    /// <summary>
    /// A stored file served by its SHA-256: the download (200) with its <c>ETag</c>, <c>Last-Modified</c> and
    /// <c>Accept-Ranges</c>, a range (206), a matching <c>If-None-Match</c> (304), a failed <c>If-Match</c> (412) and an
    /// unsatisfiable range (416).
    /// </summary>
    public static RouteHandlerBuilder ProducesStoredFile(this RouteHandlerBuilder builder, string contentType, params string[] moreContentTypes) =>
        builder.ProducesDownload(contentType, moreContentTypes)
            .WithResponseHeader(StatusCodes.Status200OK, ResponseHeadersOperationFilter.ETag)
            .WithResponseHeader(StatusCodes.Status200OK, ResponseHeadersOperationFilter.LastModified)
            .WithResponseHeader(StatusCodes.Status200OK, ResponseHeadersOperationFilter.AcceptRanges)
            .Produces(StatusCodes.Status206PartialContent, typeof(Stream), "application/octet-stream")
            .WithResponseHeader(StatusCodes.Status206PartialContent, ResponseHeadersOperationFilter.ContentRange)
            .Produces(StatusCodes.Status304NotModified)
            .WithResponseHeader(StatusCodes.Status304NotModified, ResponseHeadersOperationFilter.ETag)
            .Produces(StatusCodes.Status412PreconditionFailed)
            .Produces(StatusCodes.Status416RangeNotSatisfiable);

    /// <summary>A 200 of server-sent events: text, described by <see cref="FileContentOperationFilter"/>.</summary>
    public static RouteHandlerBuilder ProducesEventStream(this RouteHandlerBuilder builder) =>
        builder.Produces(StatusCodes.Status200OK, typeof(Stream), FileContentOperationFilter.EventStream);

    /// <summary>A 201 that points nowhere: the created thing cannot be read back (a confirmation is spent, not read).</summary>
    public static RouteHandlerBuilder WithoutLocation(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new ResponseHeaderMetadata(StatusCodes.Status201Created, ResponseHeadersOperationFilter.Location, Omitted: true));

    /// <summary>A header a response of the given status carries (one of <see cref="ResponseHeadersOperationFilter"/>'s).</summary>
    public static RouteHandlerBuilder WithResponseHeader(this RouteHandlerBuilder builder, int status, string header) =>
        builder.WithMetadata(new ResponseHeaderMetadata(status, header));

    /// <summary>A header the request carries (one of <see cref="RequestHeadersOperationFilter"/>'s), as a header parameter.</summary>
    public static RouteHandlerBuilder WithRequestHeader(this RouteHandlerBuilder builder, string header, bool required = true) =>
        builder.WithMetadata(new RequestHeaderMetadata(header, required));
}
