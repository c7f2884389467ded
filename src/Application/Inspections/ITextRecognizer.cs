using DoubleRandom.Application.Inspections.Scanning;

namespace DoubleRandom.Application.Inspections;

/// <summary>
/// Optical character recognition of a photographed licence (Chinese and Latin). Throws
/// <see cref="TextRecognitionUnavailableException"/> when the recogniser is not installed, fails or runs out of time.
/// </summary>
public interface ITextRecognizer
{
    /// <param name="latinOnly">Latin letters and digits only (a second look at the code when the Chinese pass found none).</param>
    Task<string> RecognizeAsync(byte[] image, bool latinOnly, CancellationToken cancellationToken);
}
