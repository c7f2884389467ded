using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Api.Hosting;

/// <summary>The <c>Limits</c> section: the body size every route accepts unless it raises its own (uploads).</summary>
public sealed class RequestLimitOptions
{
    public const string SectionName = "Limits";

    /// <summary>Larger bodies get 413.</summary>
    [Range(1, long.MaxValue)]
    public long MaxRequestBodyBytes { get; set; } = 1_048_576;
}
