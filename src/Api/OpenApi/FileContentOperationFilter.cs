using System.Globalization;
using DoubleRandom.Application.Rosters;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DoubleRandom.Api.OpenApi;

/// <summary>
/// Files in and out: a success response declared with a media type but no body type (PDF, CSV, XLSX, the bundle's
/// JSON, attachments) is a download, <c>type: string, format: binary</c> under each of its media types (an export's
/// <c>format</c> adds XLSX to CSV); a raw body declared as <c>object</c> (the bundle posted for verification) is the
/// file as downloaded; a multipart upload is required and its <c>file</c> part says its size limit; a
/// <c>text/event-stream</c> response is text (<c>type: string</c>) whose events the schema's description lists, not
/// one JSON body.
/// </summary>
internal sealed class FileContentOperationFilter : IOperationFilter
{
    public const string Csv = "text/csv";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string EventStream = "text/event-stream";

    private const string EventStreamDescription =
        "服务器推送事件（text/event-stream），不是一个 JSON 文档。每个事件有 id: 行、event: 行和一行 data:。"
        + "event: progress — data 为导入任务（ImportJobDto）JSON，每次变化发送；event: done — data 为结束的导入任务，随后流结束；"
        + "event: timeout — data 为当前的导入任务，流达到最长时间（Imports:EventsMaxSeconds）后结束，请重新连接；"
        + "event: error — data 为问题（type、title、status、code = import-events-failed、traceId），流结束（404：任务已不存在）。"
        + "以冒号开头的行是心跳注释，应忽略。"
        + " Server-sent events (text/event-stream), not one JSON document. Each event has an id: line, an event: line and one data: line."
        + " event: progress — data is the import job (ImportJobDto) as JSON, sent on each change; event: done — data is the finished job, then the stream ends;"
        + " event: timeout — data is the job as it is; the stream reached its longest time (Imports:EventsMaxSeconds) and ends: reconnect;"
        + " event: error — data is a problem (type, title, status, code = import-events-failed, traceId) and the stream ends (404: the job no longer exists)."
        + " Lines starting with a colon are heartbeat comments; ignore them.";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        DescribeDownloads(operation, context);
        DescribeRawBody(operation, context);
        DescribeUpload(operation, context);
        DescribeEventStreams(operation);
    }

    private static void DescribeEventStreams(OpenApiOperation operation)
    {
        foreach (var response in operation.Responses?.Values.OfType<OpenApiResponse>() ?? [])
        {
            if (response.Content?.ContainsKey(EventStream) == true)
            {
                response.Content[EventStream] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = EventStreamDescription },
                };
            }
        }
    }

    private static void DescribeDownloads(OpenApiOperation operation, OperationFilterContext context)
    {
        // ApiExplorer drops the media types of a response without a body type; the endpoint's metadata keeps them.
        var declaredTypes = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IProducesResponseTypeMetadata>()
            .Where(r => r.StatusCode is >= 200 and < 300 && (r.Type is null || r.Type == typeof(void)) && r.ContentTypes.Any());
        foreach (var declared in declaredTypes)
        {
            if (operation.Responses?.TryGetValue(declared.StatusCode.ToString(CultureInfo.InvariantCulture), out var response) != true
                || response is not OpenApiResponse target)
            {
                continue;
            }

            var types = declared.ContentTypes.ToList();
            if (types.Contains(Csv) && operation.Parameters?.Any(IsExportFormat) == true)
            {
                types.Add(Xlsx);
            }

            target.Content ??= new Dictionary<string, IOpenApiMediaType>(StringComparer.Ordinal);
            foreach (var type in types.Distinct(StringComparer.Ordinal))
            {
                target.Content[type] = new OpenApiMediaType { Schema = Binary() };
            }
        }
    }

    private static bool IsExportFormat(IOpenApiParameter parameter) =>
        parameter.Name == "format" && parameter.Schema is OpenApiSchemaReference { Reference.Id: nameof(ExportFormat) };

    private static void DescribeRawBody(OpenApiOperation operation, OperationFilterContext context)
    {
        var raw = context.ApiDescription.ParameterDescriptions.Any(p => p.Source.Id == "Body" && p.Type == typeof(object));
        if (!raw || operation.RequestBody is not OpenApiRequestBody body || body.Content is null)
        {
            return;
        }

        foreach (var type in body.Content.Keys.ToList())
        {
            body.Content[type] = new OpenApiMediaType { Schema = Binary() };
        }

        body.Description ??= "文件原样作为请求体 / The file itself as the body.";
    }

    private static void DescribeUpload(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody is not OpenApiRequestBody body || body.Content?.TryGetValue("multipart/form-data", out var media) != true
            || media?.Schema is not OpenApiSchema { Properties: { } properties } || !properties.TryGetValue("file", out var file)
            || file is not OpenApiSchema fileSchema)
        {
            return;
        }

        body.Required = true;
        var limit = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IRequestSizeLimitMetadata>().LastOrDefault()?.MaxRequestBodySize;
        fileSchema.Description = limit is { } bytes
            ? $"上传的文件（multipart 字段 file），整个请求至多 {Megabytes(bytes)} / The file (multipart part `file`); the whole request at most {Megabytes(bytes)}."
            : "上传的文件（multipart 字段 file）/ The file (multipart part `file`).";
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024 * 1024)} MiB ({bytes.ToString(CultureInfo.InvariantCulture)} bytes)";

    private static OpenApiSchema Binary() => new() { Type = JsonSchemaType.String, Format = "binary" };
}
