using System.Text.Json.Nodes;
using DoubleRandom.Api.Idempotency;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace DoubleRandom.Api.OpenApi;

/// <summary>
/// The required <c>Idempotency-Key</c> header of every operation marked <see cref="IdempotencyEndpoints.Idempotent"/>, and
/// what its answers mean: a replay (same status and body, <c>Idempotent-Replayed: true</c>), 400 without a valid key,
/// 422 for a key used with another request, 409 idempotency-in-progress while the first request still runs.
/// </summary>
internal sealed class IdempotencyKeyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IdempotencyMetadata>().Any())
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyMetadata.Header,
            In = ParameterLocation.Header,
            Required = true,
            Description = "幂等键：每次提交生成一个唯一值（如 UUID），网络中断后重试时发送同一个值；"
                + $"{new IdempotencyOptions().RetentionHours} 小时内同一用户以同一键重发相同请求，得到第一次的应答（响应头 Idempotent-Replayed: true），不会重复记录；"
                + "同一键用于不同请求为 422（idempotency-key-reused）；第一次请求仍在处理时为 409（idempotency-in-progress）；缺少或格式不对为 400。"
                + " A unique value per submission (a UUID, say), sent again unchanged when retrying after a lost connection: within "
                + $"{new IdempotencyOptions().RetentionHours} hours the same user sending the same request with the same key gets the first answer (with Idempotent-Replayed: true) and nothing is recorded twice; "
                + "the key with a different request is a 422 (idempotency-key-reused); while the first request still runs, a 409 (idempotency-in-progress); missing or malformed, a 400.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyMetadata.KeyMaxLength, Pattern = "^[ -~]+$" },
            Example = JsonValue.Create("5f0c8e2a-3b7d-4c61-9e8f-2a4b6c8d0e1f"),
        });
    }
}
