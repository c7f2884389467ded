namespace DoubleRandom.Application.Inspections;

/// <summary>Decodes a photographed business licence (JPEG or PNG): its size, and the photo decoded once for QR and OCR.</summary>
public interface ILicenceImageReader
{
    /// <summary>The image's width and height from its header, without decoding the pixels; null when it cannot be read.</summary>
    (int Width, int Height)? Probe(byte[] image);

    /// <summary>
    /// The photo decoded once, upright and at a bounded size (a JPEG is decoded scaled down, never at full size), for
    /// both the QR search and the OCR preparation; null when it cannot be decoded. At most as many photos are decoded
    /// and held at once as text recognitions may run (<c>Ocr:MaxConcurrent</c>); others wait their turn.
    /// Dispose it as soon as the pixels are no longer needed.
    /// </summary>
    Task<ILicencePhoto?> DecodeAsync(byte[] image, CancellationToken cancellationToken);
}
