using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Infrastructure;

/// <summary>The <c>Records</c> section: the printed draw record.</summary>
public sealed class RecordOptions
{
    public const string SectionName = "Records";

    /// <summary>The CJK font of the record (<c>apt-get install fonts-wqy-microhei</c>).</summary>
    [Required]
    public string FontPath { get; set; } = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
}
