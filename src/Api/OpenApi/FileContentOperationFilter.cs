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
/// file as downloaded; a multipart upload is required and its <c>file</c> part says its size limit.
/// </summary>
internal sealed class FileContentOperationFilter : IOperationFilter
{
    public const string Csv = "text/csv";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        DescribeDownloads(operation, context);
        DescribeRawBody(operation, context);
        DescribeUpload(operation, context);
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
