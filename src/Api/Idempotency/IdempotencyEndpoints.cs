using DoubleRandom.Api.OpenApi;

namespace DoubleRandom.Api.Idempotency;

/// <summary><c>.Idempotent()</c>: a submission that demands an <c>Idempotency-Key</c> and answers a retry with its first answer.</summary>
public static class IdempotencyEndpoints
{
    public static RouteHandlerBuilder Idempotent(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new IdempotencyMetadata())
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesConflict("idempotency-in-progress");
}
