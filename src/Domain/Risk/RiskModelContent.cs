using DoubleRandom.Domain.Auditing;

namespace DoubleRandom.Domain.Risk;

/// <summary>
/// The bytes of a registry version's model file, one row per <see cref="RiskModel"/>, written once with it and never
/// changed (the service's role may not update or delete it). Audited through its owner: the model's entry records the
/// file's SHA-256 and size, never the bytes.
/// </summary>
public sealed class RiskModelContent : IAuditedThroughOwner
{
    private RiskModelContent()
    {
    }

    public Guid ModelId { get; private set; }

    public byte[] Content { get; private set; } = [];

    public static RiskModelContent Of(Guid modelId, byte[] content) => new() { ModelId = modelId, Content = content };
}
