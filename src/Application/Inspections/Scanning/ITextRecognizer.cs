namespace DoubleRandom.Application.Inspections.Scanning;

/// <summary>
/// Optical character recognition of a photographed licence (Chinese and Latin). Throws
/// <see cref="TextRecognitionUnavailableException"/> when the recogniser is not installed, fails or runs out of time.
/// </summary>
public interface ITextRecognizer
{
    Task<string> RecognizeAsync(byte[] image, CancellationToken cancellationToken);
}
