using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Api.Idempotency;

/// <summary>The <c>Idempotency</c> section: how long an <c>Idempotency-Key</c> answer is kept and how long a duplicate waits.</summary>
public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>How long a stored answer is replayed; after that the key may be used afresh (and the row is removed).</summary>
    [Range(1, 24 * 30)]
    public int RetentionHours { get; set; } = 24;

    /// <summary>How long a duplicate of a request still running waits for its answer before a 409 idempotency-in-progress.</summary>
    [Range(1, 300)]
    public int WaitSeconds { get; set; } = 30;

    /// <summary>A key left in progress longer than this (the service stopped mid-request) is taken over by a retry.</summary>
    [Range(1, 24 * 60)]
    public int AbandonedAfterMinutes { get; set; } = 10;
}
