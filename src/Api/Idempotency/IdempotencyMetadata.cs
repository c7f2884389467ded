namespace DoubleRandom.Api.Idempotency;

/// <summary>Marks an endpoint whose requests must carry an <c>Idempotency-Key</c> (see <see cref="IdempotencyMiddleware"/>).</summary>
public sealed class IdempotencyMetadata
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int KeyMaxLength = 255;
}
