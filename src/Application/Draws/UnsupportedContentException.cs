namespace DoubleRandom.Application.Draws;

/// <summary>The upload's type, judged from its first bytes, does not fit the kind of attachment (415).</summary>
public sealed class UnsupportedContentException(string message) : Exception(message)
{
    public UnsupportedContentException()
        : this("Unsupported content.")
    {
    }

    public UnsupportedContentException(string message, Exception inner)
        : this(message) => _ = inner;
}
