namespace DoubleRandom.Domain.Drawing;

/// <summary>A bundle file that is not JSON or lacks a field; nothing could be verified.</summary>
public sealed class Dr1BundleFormatException : FormatException
{
    public Dr1BundleFormatException()
    {
    }

    public Dr1BundleFormatException(string message)
        : base(message)
    {
    }

    public Dr1BundleFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
