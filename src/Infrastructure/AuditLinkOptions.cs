using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Infrastructure;

/// <summary>The <c>Audit</c> section: how the PostgreSQL audit linker looks for entries left unlinked.</summary>
public sealed class AuditLinkOptions
{
    public const string SectionName = "Audit";

    /// <summary>Seconds between sweeps; 0 = only at start and when asked.</summary>
    [Range(0, 86_400)]
    public int LinkSweepSeconds { get; set; } = 5;
}
