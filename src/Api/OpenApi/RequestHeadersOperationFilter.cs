using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DoubleRandom.Api.OpenApi;

/// <summary>
/// Request headers an operation reads (the tus protocol's), declared as header parameters with their format, from
/// <see cref="OperationDocs.WithRequestHeader"/>; a header the handler binds itself is only marked required. <c>Content-Type</c> is not among them: OpenAPI ignores such a
/// parameter, and the request body's media type already says it.
/// </summary>
internal sealed class RequestHeadersOperationFilter : IOperationFilter
{
    private static readonly Dictionary<string, (string Description, OpenApiSchema Schema, JsonNode Example)> Known = new(StringComparer.Ordinal)
    {
        [ResponseHeadersOperationFilter.TusResumable] = (
            "tus 协议版本，须为 1.0.0（否则 412）。 The tus protocol version; must be 1.0.0 (else 412).",
            new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("1.0.0")] }, JsonValue.Create("1.0.0")),
        [ResponseHeadersOperationFilter.UploadLength] = (
            "整个文件的字节数，不超过 Tus-Max-Size（否则 413）。 The whole file's size in bytes, at most Tus-Max-Size (else 413).",
            new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0" }, JsonValue.Create(52_428_800L)),
        [TusMetadataHeader] = (
            "逗号分隔的“键 Base64值”：taskId、targetCode、kind、filename、sha256，可选 capturedAtUtc、latitude、longitude。"
            + " Comma-separated \"key base64value\" pairs: taskId, targetCode, kind, filename, sha256, optional capturedAtUtc, latitude, longitude.",
            new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 4096 }, JsonValue.Create("taskId MDE5YjAwMDAtMDAwMC03MDAwLTgwMDAtMDAwMDAwMDAwMDAx,kind dmlkZW8=")),
        [ResponseHeadersOperationFilter.UploadOffset] = (
            "本段数据的起始偏移，须等于服务端偏移（HEAD 查询，否则 409 upload-offset-mismatch）。 Where this chunk starts; must be the service's offset (from HEAD; else 409 upload-offset-mismatch).",
            new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0" }, JsonValue.Create(0L)),
        [UploadChecksumHeader] = (
            "可选：本段的校验值“算法 Base64摘要”，算法为 sha1 或 sha256；不符时 460 并丢弃本段。 Optional: the chunk's \"algorithm base64digest\" (sha1 or sha256); a mismatch is 460 and the chunk is discarded.",
            new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100, Pattern = "^(sha1|sha256) [A-Za-z0-9+/=]+$" }, JsonValue.Create("sha256 47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")),
    };

    public const string TusMetadataHeader = "Upload-Metadata";

    public const string UploadChecksumHeader = "Upload-Checksum";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var header in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequestHeaderMetadata>())
        {
            operation.Parameters ??= [];
            if (operation.Parameters.OfType<OpenApiParameter>().FirstOrDefault(p => p.In == ParameterLocation.Header
                && string.Equals(p.Name, header.Name, StringComparison.OrdinalIgnoreCase)) is { } bound)
            {
                // A header the handler binds itself ([FromHeader], e.g. If-Match): already described; only whether it is required is added.
                bound.Required = header.Required;
                continue;
            }

            var (description, schema, example) = Known[header.Name];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = header.Name,
                In = ParameterLocation.Header,
                Required = header.Required,
                Description = description,
                Schema = schema,
                Example = example.DeepClone(),
            });
        }
    }
}
