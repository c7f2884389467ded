namespace DoubleRandom.Application.Inspections.Scanning;

/// <summary>The OCR engine could not be run (not installed, failed, timed out): the scan answers 503 ocr-unavailable.</summary>
public sealed class TextRecognitionUnavailableException : Exception
{
    public TextRecognitionUnavailableException()
        : base("The text recogniser is not available.")
    {
    }

    public TextRecognitionUnavailableException(string message)
        : base(message)
    {
    }

    public TextRecognitionUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
