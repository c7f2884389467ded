using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DoubleRandom.Api.OpenApi;

/// <summary>
/// What every operation answers besides its own statuses, and how each answer is described: a 400 on every operation
/// (the text rule checks query and route values and headers of every request, docs/problems.md), each status described
/// in Chinese and English, and a 409 lists the <c>code</c>s its endpoint declared with <see cref="OperationDocs.ProducesConflict"/>.
/// </summary>
internal sealed class OperationResponsesOperationFilter : IOperationFilter
{
    private static readonly Dictionary<int, (string Zh, string En)> Texts = new()
    {
        [200] = ("成功。", "OK."),
        [201] = ("已创建。", "Created."),
        [202] = ("已接受，在后台处理；Location 指向可轮询的任务。", "Accepted and running in the background; Location points at the job to poll."),
        [204] = ("成功，无内容。", "Done; no content."),
        [206] = ("按 Range 返回的部分内容。", "The part of the file the Range asked for."),
        [304] = ("未修改：If-None-Match 与当前 ETag 相同，无响应体。", "Not modified: If-None-Match matches the current ETag; no body."),
        [400] = ("请求无效（problem+json，errors 按字段列出）：参数或请求体格式不对、违反字段规则，或查询参数、路由值、请求头含 U+0000。", "Bad request (problem+json, errors by field): a malformed or invalid parameter or body, or U+0000 in a query or route value or a header."),
        [401] = ("未登录，或令牌无效、过期或已吊销（problem+json）。", "Not signed in, or the token is invalid, expired or revoked (problem+json)."),
        [403] = ("已登录但无权执行（problem+json）。", "Signed in without the right to do this (problem+json)."),
        [404] = ("不存在，或不在您的数据范围内（两者回答相同，problem+json）。", "Not found, or outside your data scope (answered alike; problem+json)."),
        [408] = ("请求体未在时限内发送完毕（problem+json）。", "The body did not arrive in time (problem+json)."),
        [409] = ("与已存储的数据或业务规则冲突（problem+json，code 说明原因）。", "Conflicts with stored data or a business rule (problem+json; code says which)."),
        [412] = ("前提条件不满足：If-Match 或 If-Unmodified-Since 与当前文件不符。", "Precondition failed: If-Match or If-Unmodified-Since does not hold."),
        [413] = ("请求体过大（problem+json）。", "The body is too large (problem+json)."),
        [415] = ("请求体的内容类型不被接受（problem+json）。", "The body's content type is not accepted (problem+json)."),
        [416] = ("Range 超出文件范围。", "The Range lies outside the file."),
        [422] = ("请求格式正确但无法处理（problem+json，code 说明原因，errors 指出字段或请求头）。", "Well-formed but cannot be processed (problem+json; code says why, errors name the field or header)."),
        [423] = ("登录失败次数过多，账户暂时锁定（problem+json，lockedUntilUtc 与 Retry-After 说明到何时）。", "Too many failed sign-ins; locked for now (problem+json; lockedUntilUtc and Retry-After say until when)."),
        [429] = ("请求过于频繁（problem+json），请按 Retry-After 等待后重试。", "Too many requests (problem+json); retry after Retry-After seconds."),
        [503] = ("所需的组件暂不可用（problem+json，code 说明是哪个），请稍后重试。", "A component the request needs is not available (problem+json; code says which); retry later."),
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        if (!operation.Responses.ContainsKey("400"))
        {
            context.SchemaGenerator.GenerateSchema(typeof(HttpValidationProblemDetails), context.SchemaRepository);
            operation.Responses["400"] = new OpenApiResponse
            {
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(nameof(HttpValidationProblemDetails), context.Document) },
                },
            };
        }

        var codes = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<OperationConflictCodes>().SelectMany(c => c.Codes).Distinct().ToList();
        foreach (var (key, value) in operation.Responses)
        {
            if (value is not OpenApiResponse response || !int.TryParse(key, out var status) || !Texts.TryGetValue(status, out var text))
            {
                continue;
            }

            // The framework's reason phrase is replaced; another filter's English description gets the Chinese in front.
            if (string.IsNullOrEmpty(response.Description) || response.Description == ReasonPhrases.GetReasonPhrase(status))
            {
                response.Description = $"{text.Zh} {text.En}";
            }
            else if (!response.Description.Any(IsChinese))
            {
                response.Description = $"{text.Zh} {response.Description}";
            }

            if (status == 409 && codes.Count > 0)
            {
                response.Description = $"{text.Zh} {text.En} code: `{string.Join("`, `", codes)}`.";
            }
        }
    }

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';
}
