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

    /// <summary>The most pixels (width × height) decoded; a larger photo is a 400 before any pixel is decoded.</summary>
    [Range(10_000, 200_000_000)]
    public long MaxPixels { get; set; } = 40_000_000;
}
