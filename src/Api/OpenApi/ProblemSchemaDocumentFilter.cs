using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DoubleRandom.Api.OpenApi;

/// <summary>
/// One <c>Problem</c> schema for every <c>application/problem+json</c> response, describing exactly what the service
/// writes (<c>ExceptionProblemHandler</c>, the status-code pages and the rate limits, all through the problem details
/// service whose customiser adds <c>instance</c> and <c>traceId</c>): <c>type</c>, <c>title</c>, <c>status</c>,
/// <c>instance</c> and <c>traceId</c> always; <c>detail</c>, <c>code</c>, <c>errors</c> and <c>lockedUntilUtc</c> when
/// they apply (absent, never null). Replaces the framework's ProblemDetails / HttpValidationProblemDetails.
/// </summary>
internal sealed class ProblemSchemaDocumentFilter : IDocumentFilter
{
    public const string Id = "Problem";
    public const string MediaType = "application/problem+json";

    private static readonly HashSet<string> Replaced = new(["ProblemDetails", "HttpValidationProblemDetails"], StringComparer.Ordinal);

    /// <summary>A reference to the problem schema (added to the document by <see cref="Apply"/>).</summary>
    public static IOpenApiSchema Reference(OpenApiDocument? document) => new OpenApiSchemaReference(Id, document);

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        swaggerDoc.Components ??= new OpenApiComponents();
        swaggerDoc.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        swaggerDoc.Components.Schemas[Id] = Schema();

        var responses = (swaggerDoc.Paths?.Values.AsEnumerable() ?? []).SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => o.Responses?.Values.AsEnumerable() ?? []);
        foreach (var content in responses.Select(r => r.Content).OfType<IDictionary<string, IOpenApiMediaType>>())
        {
            foreach (var (type, media) in content.ToList().Select(c => (c.Key, c.Value)))
            {
                var problem = type.StartsWith(MediaType, StringComparison.Ordinal)
                    || media.Schema is OpenApiSchemaReference { Reference.Id: { } id } && Replaced.Contains(id);
                if (problem)
                {
                    content.Remove(type);
                    content[MediaType] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(Id, swaggerDoc) };
                }
            }
        }

        foreach (var id in Replaced)
        {
            swaggerDoc.Components.Schemas.Remove(id);
        }
    }

    private static OpenApiSchema Schema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 问题详情：错误的统一格式，见 docs/problems.md / An RFC 9457 problem: every error's shape (docs/problems.md). "
            + "Branch on `type` and `code`, never on `title`/`detail` (Chinese by default, English with Accept-Language: en).",
        Required = new SortedSet<string>(["instance", "status", "title", "traceId", "type"], StringComparer.Ordinal),
        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["type"] = Text("问题类型（稳定的 URN，如 urn:doublerandom:problem:validation）/ The problem type, a stable URN such as urn:doublerandom:problem:validation.", "uri"),
            ["title"] = Text("简短标题 / A short title."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "HTTP 状态码 / The HTTP status code." },
            ["detail"] = Text("具体说明（有时省略）/ What happened (left out when there is nothing to add)."),
            ["instance"] = Text("请求路径 / The request path."),
            ["code"] = Text("机器可读的原因码（见 docs/problems.md，如 stale-version、task-frozen）/ A machine-readable reason (docs/problems.md, e.g. stale-version, task-frozen); only on problems that have one."),
            ["traceId"] = Text("请求 ID（与 X-Request-Id 头相同），联系管理员时请提供 / The request id (as the X-Request-Id header); quote it to an administrator."),
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "字段错误：字段名（camelCase，如 items[0].name；整个请求体为 body）→ 错误信息 / Field errors: the field (camelCase, items[0].name; body for the whole body) → its messages. Only on 400 validation and some 409 problems.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
            ["lockedUntilUtc"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Format = "date-time",
                Description = "账户锁定截止时间（仅 423）/ Until when the sign-in is locked (423 only).",
            },
        },
    };

    private static OpenApiSchema Text(string description, string? format = null) =>
        new() { Type = JsonSchemaType.String, Format = format, Description = description };
}
