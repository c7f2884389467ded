using DoubleRandom.Application.Common.Localization;

namespace DoubleRandom.Api.Problems;

/// <summary>
/// Stable problem <c>type</c> URIs (RFC 9457 §3.1.1). Clients branch on these, never on titles.
/// They are identifiers, not links; docs/problems.md describes each.
/// </summary>
public static class ProblemTypes
{
    private const string Prefix = "urn:doublerandom:problem:";

    public const string Validation = Prefix + "validation";
    public const string MalformedRequest = Prefix + "malformed-request";
    public const string UnsupportedMediaType = Prefix + "unsupported-media-type";
    public const string PayloadTooLarge = Prefix + "payload-too-large";
    public const string RequestTimeout = Prefix + "request-timeout";
    public const string Unauthorized = Prefix + "unauthorized";
    public const string Forbidden = Prefix + "forbidden";
    public const string AccountLocked = Prefix + "account-locked";
    public const string TooManyRequests = Prefix + "too-many-requests";
    public const string NotFound = Prefix + "not-found";
    public const string Conflict = Prefix + "conflict";
    public const string BusinessRule = Prefix + "business-rule";
    public const string MethodNotAllowed = Prefix + "method-not-allowed";
    public const string Unprocessable = Prefix + "unprocessable";
    public const string ServiceUnavailable = Prefix + "service-unavailable";
    public const string Internal = Prefix + "internal";
    public const string ChecksumMismatch = Prefix + "checksum-mismatch";
    public const string TusVersion = Prefix + "tus-version";

    /// <summary>Titles for responses the framework produces without an exception (404 route, 405, 415).</summary>
    public static string TitleFor(int status) => status switch
    {
        400 => Text.Of("请求无效", "Bad request"),
        401 => Text.Of("未登录或登录已失效", "Not signed in, or the sign-in is no longer valid"),
        403 => Text.Of("无权执行此操作", "Forbidden"),
        404 => Text.Of("资源不存在", "Not found"),
        405 => Text.Of("不支持该请求方法", "Method not allowed"),
        409 => Text.Of("与现有数据冲突", "Conflict"),
        408 => Text.Of("请求体发送超时", "The request body took too long"),
        413 => Text.Of("请求体过大", "Request body too large"),
        415 => Text.Of("不支持的内容类型", "Unsupported media type"),
        423 => Text.Of("账户已锁定", "Account locked"),
        422 => Text.Of("请求内容无法处理", "The request cannot be processed"),
        429 => Text.Of("请求过于频繁，请稍后再试", "Too many requests; try again later"),
        503 => Text.Of("服务暂不可用", "Service unavailable"),
        _ => Text.Of("请求失败", "Request failed"),
    };

    public static string ForStatus(int status) => status switch
    {
        400 => MalformedRequest,
        401 => Unauthorized,
        403 => Forbidden,
        423 => AccountLocked,
        429 => TooManyRequests,
        404 => NotFound,
        405 => MethodNotAllowed,
        409 => Conflict,
        408 => RequestTimeout,
        413 => PayloadTooLarge,
        415 => UnsupportedMediaType,
        422 => Unprocessable,
        503 => ServiceUnavailable,
        >= 500 => Internal,
        _ => Prefix + status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
