using System.Text.Json;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DoubleRandom.Api.Problems;

/// <summary>The one place where exceptions become RFC 9457 problem details.</summary>
public sealed partial class ExceptionProblemHandler(IProblemDetailsService problems, ILogger<ExceptionProblemHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        if (problem.Status >= 500 && exception is not ServiceUnavailableException)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        if (problem.Status == 401)
        {
            httpContext.Response.Headers.WWWAuthenticate = "Bearer";
        }

        if (exception is AccountLockedException locked)
        {
            var wait = Math.Max(1, (int)Math.Ceiling((locked.LockedUntilUtc - DateTime.UtcNow).TotalSeconds));
            httpContext.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    internal static ProblemDetails Map(Exception exception) => exception switch
    {
        RequestValidationException v => new HttpValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = 400,
            Type = ProblemTypes.Validation,
            Title = Text.Of("请求参数无效", "One or more fields are invalid."),
        },
        BadHttpRequestException bad => BadRequest(bad),
        Application.Draws.UnsupportedContentException media =>
            Problem(415, ProblemTypes.UnsupportedMediaType, ProblemTypes.TitleFor(415), media.Message),
        AuthenticationFailedException auth => WithCode(
            Problem(401, ProblemTypes.Unauthorized, Text.Of("身份验证失败", "Authentication failed"), auth.Message), auth.Code),
        AccountLockedException locked => WithLockedUntil(
            Problem(423, ProblemTypes.AccountLocked, ProblemTypes.TitleFor(423), locked.Message), locked.LockedUntilUtc),
        ForbiddenException forbidden => WithCode(
            Problem(403, ProblemTypes.Forbidden, ProblemTypes.TitleFor(403), forbidden.Message), forbidden.Code),
        Application.Inspections.Uploads.ChecksumMismatchException checksum =>
            Problem(460, ProblemTypes.ChecksumMismatch, Text.Of("校验和不符", "Checksum mismatch"), checksum.Message),
        NotFoundException nf => Problem(404, ProblemTypes.NotFound, ProblemTypes.TitleFor(404), nf.Message),
        ConflictException c => Conflict(c),
        UnprocessableException u => WithCode(new HttpValidationProblemDetails(new Dictionary<string, string[]>(StringComparer.Ordinal) { [u.Field] = [u.Message] })
        {
            Status = 422,
            Type = ProblemTypes.Unprocessable,
            Title = ProblemTypes.TitleFor(422),
            Detail = u.Message,
        }, u.Code),
        ServiceUnavailableException unavailable => WithCode(
            Problem(503, ProblemTypes.ServiceUnavailable, ProblemTypes.TitleFor(503), unavailable.Message), unavailable.Code),
        BusinessRuleViolationException rule => WithCode(
            Problem(409, ProblemTypes.BusinessRule, Text.Of("违反业务规则", "A business rule was broken"), RuleTexts.Detail(rule)), rule.Code),
        _ => Problem(500, ProblemTypes.Internal, Text.Of("服务器内部错误", "An unexpected error occurred"),
            Text.Of("服务器处理请求时出错，请凭 traceId 联系管理员", "The server failed to process the request; quote the traceId to an administrator.")),
    };

    private static ProblemDetails BadRequest(BadHttpRequestException bad)
    {
        if (bad.StatusCode == 408)
        {
            return Problem(408, ProblemTypes.RequestTimeout, ProblemTypes.TitleFor(408), bad.Message);
        }

        if (bad.StatusCode == 413)
        {
            return Problem(413, ProblemTypes.PayloadTooLarge, ProblemTypes.TitleFor(413), bad.Message);
        }

        if (bad.StatusCode == 415)
        {
            return Problem(415, ProblemTypes.UnsupportedMediaType, ProblemTypes.TitleFor(415),
                Text.Of("请求体应为 application/json", "The request body must be application/json."));
        }

        if (FindJsonException(bad) is { } json)
        {
            // The serializer's own message names .NET types; clients get the field, the position and a plain reason.
            var field = JsonPathToField(json.Path);
            var unknown = json.Message.Contains("could not be mapped", StringComparison.Ordinal);
            var reason = FindTextRuleBreach(bad)?.Message ?? (unknown
                ? Text.Of("未知字段", "Unknown field.")
                : Text.Of("值的格式或类型不正确，或不是允许的取值", "The value has the wrong format or type, or is not an allowed value."));
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [reason] })
            {
                Status = 400,
                Type = ProblemTypes.MalformedRequest,
                Title = Text.Of("请求体不是有效的 JSON 或字段类型不符", "The request body is not valid JSON or a field has the wrong type"),
                Detail = Text.Of(
                    $"第 {json.LineNumber + 1} 行第 {json.BytePositionInLine + 1} 字节附近：{field}",
                    $"Near line {json.LineNumber + 1}, byte {json.BytePositionInLine + 1}: {field}"),
            };
        }

        if (bad.StatusCode == 400 && BindFailure().Match(bad.Message) is { Success: true } bind)
        {
            // A query or route value that does not parse (from=yesterday) names its field like any other error.
            var field = RequestValidationException.CamelCase(bind.Groups["name"].Value);
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                [field] = [Text.Of("值的格式不正确", "The value has the wrong format.")],
            })
            {
                Status = 400,
                Type = ProblemTypes.MalformedRequest,
                Title = Text.Of("请求参数格式不正确", "A parameter has the wrong format"),
                Detail = bad.Message,
            };
        }

        return Problem(bad.StatusCode, ProblemTypes.ForStatus(bad.StatusCode), ProblemTypes.TitleFor(400), bad.Message);
    }

    /// <summary>ASP.NET Core's message: <c>Failed to bind parameter "DateTimeOffset? From" from "x".</c></summary>
    [System.Text.RegularExpressions.GeneratedRegex("^Failed to bind parameter \"(?:[^\"]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)\" from", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BindFailure();

    private static ProblemDetails Conflict(ConflictException c)
    {
        ProblemDetails problem = c.Field is null
            ? Problem(409, ProblemTypes.Conflict, ProblemTypes.TitleFor(409), c.Message)
            : new HttpValidationProblemDetails(new Dictionary<string, string[]>(StringComparer.Ordinal) { [c.Field] = [c.Message] })
            {
                Status = 409,
                Type = ProblemTypes.Conflict,
                Title = ProblemTypes.TitleFor(409),
                Detail = c.Message,
            };
        if (c.ExistingId is { } existing)
        {
            problem.Extensions["existingId"] = existing;
        }

        return WithCode(problem, c.Code);
    }

    private static JsonException? FindJsonException(Exception exception)
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
            {
                return json;
            }
        }

        return null;
    }

    /// <summary>A body string that breaks the one text rule (docs/problems.md), wherever the serializer wrapped it.</summary>
    private static Application.Common.Json.TextRuleJsonException? FindTextRuleBreach(Exception exception)
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is Application.Common.Json.TextRuleJsonException breach)
            {
                return breach;
            }
        }

        return null;
    }

    /// <summary>"$.items[0].name" → "items[0].name"; the body itself is "body".</summary>
    internal static string JsonPathToField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');

    private static ProblemDetails Problem(int status, string type, string title, string? detail) =>
        new() { Status = status, Type = type, Title = title, Detail = detail };

    private static ProblemDetails WithLockedUntil(ProblemDetails problem, DateTime until)
    {
        problem.Extensions["code"] = "account-locked";
        problem.Extensions["lockedUntilUtc"] = until;
        return problem;
    }

    private static ProblemDetails WithCode(ProblemDetails problem, string code)
    {
        problem.Extensions["code"] = code;
        return problem;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
