using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Api.Events;

/// <summary>The server-sent events of an import job (<c>GET /api/v1/import-jobs/{id}/events</c>).</summary>
public sealed class ImportEventsOptions
{
    public const string SectionName = "Imports";

    /// <summary>How often the stream reads the job (and sends an event when it changed).</summary>
    [Range(50, 10_000)]
    public int EventsPollMilliseconds { get; set; } = 500;

    /// <summary>A comment line after this long without an event, so proxies and browsers keep the stream open.</summary>
    [Range(1, 300)]
    public int EventsHeartbeatSeconds { get; set; } = 15;

    /// <summary>
    /// The longest a stream runs: then it ends with <c>event: timeout</c> and the client reconnects (which also checks
    /// its token again, so a revoked sign-in does not keep a stream open).
    /// </summary>
    [Range(1, 86_400)]
    public int EventsMaxSeconds { get; set; } = 600;
}
