using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Application.Inspections.Scanning;

/// <summary>The bounds of a licence photo (section <c>LicenceScans</c>).</summary>
public sealed class LicenceScanLimits
{
    public const string SectionName = "LicenceScans";

    public const long MaxBytesDefault = 10L * 1024 * 1024;

    /// <summary>The largest photo accepted, in bytes; a larger one is a 413.</summary>
    [Range(1024, 100L * 1024 * 1024)]
    public long MaxBytes { get; set; } = MaxBytesDefault;

    /// <summary>
    /// The most pixels (width × height) of a photo; a larger one is a 400 before any pixel is decoded. A JPEG is decoded
    /// scaled down (its longer side at most 3,000 px), but a PNG is decoded at full size first (4 bytes a pixel: 160 MB at
    /// 40 MP, times <c>Ocr:MaxConcurrent</c>), hence the ceiling of 50 MP.
    /// </summary>
    [Range(10_000, 50_000_000)]
    public long MaxPixels { get; set; } = 40_000_000;
}
