using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DoubleRandom.Api.OpenApi;

/// <summary>
/// The response headers of every operation, from one catalogue (components/headers) instead of per endpoint:
/// <c>X-Request-Id</c> on every response, <c>Location</c> on every 201 and 202, <c>Retry-After</c> on every 423 and
/// 429, <c>WWW-Authenticate</c> on every 401, and what an endpoint declares with
/// <see cref="OperationDocs.WithResponseHeader"/> (<c>ETag</c>, <c>Content-Disposition</c>, …).
/// </summary>
internal sealed class ResponseHeadersOperationFilter : IOperationFilter
{
    public const string RequestId = "X-Request-Id";
    public const string Location = "Location";
    public const string RetryAfter = "Retry-After";
    public const string WwwAuthenticate = "WWW-Authenticate";
    public const string ContentDisposition = "Content-Disposition";
    public const string ETag = "ETag";
    public const string LastModified = "Last-Modified";
    public const string AcceptRanges = "Accept-Ranges";
    public const string ContentRange = "Content-Range";
    public const string TusResumable = "Tus-Resumable";
    public const string TusVersion = "Tus-Version";
    public const string TusExtension = "Tus-Extension";
    public const string TusMaxSize = "Tus-Max-Size";
    public const string TusChecksumAlgorithm = "Tus-Checksum-Algorithm";
    public const string UploadOffset = "Upload-Offset";
    public const string UploadLength = "Upload-Length";
    public const string UploadExpires = "Upload-Expires";
    public const string EvidenceLocation = "Evidence-Location";

    private static readonly Dictionary<string, (string Description, string Example)> Catalogue = new(StringComparer.Ordinal)
    {
        [RequestId] = ("请求编号：调用方发送的合法 X-Request-Id，否则为服务生成的追踪编号；与问题详情的 traceId 相同，报告问题时请提供。"
            + " The request id: the caller's X-Request-Id when it is sane, else one the service made; the problem's traceId. Quote it when reporting a problem.",
            "0HNFBP8ON4J6L:00000001"),
        [Location] = ("新建资源（或导入任务）的地址，可直接 GET。 The URL of the created resource (or the import job); GET it.",
            "/api/v1/tasks/3f2c1a9e-6d1b-4e0a-9a57-0c1f3f0b8e11"),
        [RetryAfter] = ("多少秒后可以重试。 Seconds to wait before retrying.", "60"),
        [WwwAuthenticate] = ("认证方式：Bearer。 The authentication scheme: Bearer.", "Bearer"),
        [ContentDisposition] = ("attachment；filename 为 ASCII 文件名，filename* 为 UTF-8 编码的中文文件名（RFC 6266/5987）。"
            + " attachment, with an ASCII filename and the Chinese name as filename* (UTF-8, RFC 6266/5987).",
            "attachment; filename=\"draw-record.pdf\"; filename*=UTF-8''%E6%8A%BD%E5%8F%96%E8%AE%B0%E5%BD%95.pdf"),
        [ETag] = ("内容的 SHA-256（强 ETag）；发送 If-None-Match 可得到 304。 The content's SHA-256 (a strong ETag); send it in If-None-Match for a 304.",
            "\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\""),
        [LastModified] = ("上传时间。 When the file was uploaded.", "Mon, 07 Dec 2026 06:00:00 GMT"),
        [AcceptRanges] = ("支持按字节范围下载（Range）。 Byte ranges (Range) are served.", "bytes"),
        [ContentRange] = ("本次返回的字节范围。 The byte range sent.", "bytes 0-1023/1048576"),
        [TusResumable] = ("服务使用的 tus 协议版本。 The tus protocol version the service speaks.", "1.0.0"),
        [TusVersion] = ("服务支持的 tus 协议版本。 The tus protocol versions the service supports.", "1.0.0"),
        [TusExtension] = ("支持的 tus 扩展。 The tus extensions supported.", "creation,checksum,termination,expiration"),
        [TusMaxSize] = ("一次续传上传的最大字节数。 The largest resumable upload, in bytes.", "4294967296"),
        [TusChecksumAlgorithm] = ("Upload-Checksum 可用的算法。 The algorithms Upload-Checksum may use.", "sha1,sha256"),
        [UploadOffset] = ("服务端已持久保存的字节数，从这里续传。 The bytes the service holds durably; resume from here.", "5242880"),
        [UploadLength] = ("上传的总字节数。 The upload's whole length in bytes.", "1073741824"),
        [UploadExpires] = ("未完成的上传在此时间后被删除（RFC 9110 日期）。 When the unfinished upload is removed (an RFC 9110 date).", "Tue, 08 Dec 2026 06:00:00 GMT"),
        [EvidenceLocation] = ("上传完成后形成的检查证据的地址。 The evidence the finished upload became.", "/api/v1/inspection-evidence/0193a6f0-5c1e-7b7a-9f10-2b7c3e4d5f60"),
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is null)
        {
            return;
        }

        var declared = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ResponseHeaderMetadata>().ToList();
        foreach (var (key, value) in operation.Responses)
        {
            if (value is not OpenApiResponse response || !int.TryParse(key, out var status))
            {
                continue;
            }

            Add(response, RequestId, context);
            if (status is 201 or 202 && !declared.Any(h => h.Status == status && h.Name == Location && h.Omitted))
            {
                Add(response, Location, context);
            }

            if (status is 423 or 429)
            {
                Add(response, RetryAfter, context);
            }

            if (status == 401)
            {
                Add(response, WwwAuthenticate, context);
            }

            foreach (var header in declared.Where(h => h.Status == status && !h.Omitted))
            {
                Add(response, header.Name, context);
            }
        }
    }

    private static void Add(OpenApiResponse response, string name, OperationFilterContext context)
    {
        if (!Catalogue.TryGetValue(name, out var definition))
        {
            throw new InvalidOperationException($"Response header {name} is not in the catalogue of {nameof(ResponseHeadersOperationFilter)}.");
        }

        var components = context.Document.Components ??= new OpenApiComponents();
        components.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
        components.Headers.TryAdd(name, new OpenApiHeader
        {
            Description = definition.Description,
            Schema = new OpenApiSchema { Type = name == RetryAfter ? JsonSchemaType.Integer : JsonSchemaType.String },
            Example = name == RetryAfter ? System.Text.Json.Nodes.JsonValue.Create(60) : System.Text.Json.Nodes.JsonValue.Create(definition.Example),
        });
        response.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
        response.Headers.TryAdd(name, new OpenApiHeaderReference(name, context.Document));
    }
}
