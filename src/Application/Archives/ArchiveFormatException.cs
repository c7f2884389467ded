namespace DoubleRandom.Application.Archives;

/// <summary>The file is not a ZIP that can be verified (not a ZIP at all, or over a zip-bomb limit): 400 / exit code 2.</summary>
public sealed class ArchiveFormatException : Exception
{
    public ArchiveFormatException(string message)
        : base(message)
    {
    }

    public ArchiveFormatException()
    {
    }

    public ArchiveFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
