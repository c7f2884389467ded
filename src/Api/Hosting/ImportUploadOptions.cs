using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Api.Hosting;

/// <summary>
/// The <c>Imports</c> section's upload limit of <c>POST /targets|officers|recusals/import</c> (the import's own bounds
/// are the application's <c>ImportLimits</c>, in the same section). At most the default: the upload route's own limit is fixed.
/// </summary>
public sealed class ImportUploadOptions
{
    public const string SectionName = "Imports";

    /// <summary>Uploads up to 200 MB (a million targets as CSV is about 200 MB).</summary>
    public const long MaxUploadBytesDefault = 200L * 1024 * 1024;

    /// <summary>The largest upload taken (413 above it).</summary>
    [Range(1, MaxUploadBytesDefault)]
    public long MaxUploadBytes { get; set; } = MaxUploadBytesDefault;
}
