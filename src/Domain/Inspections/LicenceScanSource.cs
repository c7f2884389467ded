namespace DoubleRandom.Domain.Inspections;

/// <summary>Where the code of a scanned licence came from.</summary>
public enum LicenceScanSource
{
    /// <summary>The licence's QR code.</summary>
    Qr,

    /// <summary>The printed text, by OCR (no QR code could be read, or it carried no code).</summary>
    Ocr,
}
