namespace DoubleRandom.Application.Inspections;

/// <summary>Decodes a photographed business licence (JPEG or PNG): its size, and the text of a QR code on it.</summary>
public interface ILicenceImageReader
{
    /// <summary>The image's width and height from its header, without decoding the pixels; null when it cannot be read.</summary>
    (int Width, int Height)? Probe(byte[] image);

    /// <summary>The text of the first QR code found in the image, or null (also for an image that cannot be decoded).</summary>
    string? ReadQrCode(byte[] image);

    /// <summary>The photo as the OCR engine should see it: upright (the camera's orientation applied), as PNG.</summary>
    byte[] ForRecognition(byte[] image);
}
