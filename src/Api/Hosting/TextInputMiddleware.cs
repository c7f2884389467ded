using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Validation;
using DoubleRandom.Application.Draws;
using Microsoft.Net.Http.Headers;

namespace DoubleRandom.Api.Hosting;

/// <summary>
/// <see cref="TextRule"/> for what a request carries outside its body: query parameters (names and values), route
/// values and headers are checked once here, for every endpoint, before anything reads them; a breach is a 400
/// validation problem naming each parameter (the query or route name, or the header name). A body whose declared
/// charset is not UTF-8 is refused with 415: the service reads and writes UTF-8 only (JSON is UTF-8, RFC 8259 §8.1).
/// Bodies are checked as they are read (<see cref="Application.Common.Json.CheckedStringConverter"/>), uploaded file
/// names by <see cref="UploadedFileNames"/>, imported cells row by row.
/// </summary>
public sealed class TextInputMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        Dictionary<string, string[]>? errors = null;
        void Refuse(string field) => (errors ??= new Dictionary<string, string[]>(StringComparer.Ordinal))[field] = [TextRule.Message];

        foreach (var (name, values) in request.Query)
        {
            if (!TextRule.IsAllowed(name))
            {
                Refuse("query");
            }
            else if (values.Any(v => !TextRule.IsAllowed(v)))
            {
                Refuse(name);
            }
        }

        foreach (var (name, value) in request.RouteValues)
        {
            if (value is string text && !TextRule.IsAllowed(text))
            {
                Refuse(name);
            }
        }

        foreach (var (name, values) in request.Headers)
        {
            if (values.Any(v => !TextRule.IsAllowed(v)))
            {
                Refuse(name);
            }
        }

        if (errors is not null)
        {
            throw new RequestValidationException(errors);
        }

        if (request.ContentType is { } contentType && MediaTypeHeaderValue.TryParse(contentType, out var media)
            && media.Charset.HasValue && !IsUtf8(media.Charset.Value))
        {
            throw new UnsupportedContentException(Text.Of(
                $"请求体须为 UTF-8 编码，不支持 charset={media.Charset.Value}",
                $"The request body must be UTF-8; charset={media.Charset.Value} is not supported."));
        }

        return next(context);
    }

    private static bool IsUtf8(string? charset) =>
        string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase) || string.Equals(charset, "utf8", StringComparison.OrdinalIgnoreCase);
}
