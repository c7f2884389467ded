namespace DoubleRandom.Application.Inspections;

/// <summary>A licence photo decoded by <see cref="ILicenceImageReader.DecodeAsync"/>: its pixels, held until disposed.</summary>
public interface ILicencePhoto : IDisposable
{
    /// <summary>The text of the first QR code found in the photo, or null.</summary>
    string? ReadQrCode();

    /// <summary>The photo as the OCR engine should see it: upright, grey and pushed towards black and white, as PNG.</summary>
    byte[] ForRecognition();
}
