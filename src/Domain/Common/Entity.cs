namespace DoubleRandom.Domain.Common;

/// <summary>
/// An entity with a stable id and the bookkeeping every row carries: who created and last changed it,
/// when (UTC), and a version that rises with each change so concurrent edits are detected.
/// </summary>
public abstract class Entity
{
    protected Entity() => Id = Guid.CreateVersion7();

    public Guid Id { get; private set; }

    public int Version { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public DateTime UpdatedAtUtc { get; private set; }

    public string UpdatedBy { get; private set; } = string.Empty;

    /// <summary>Called by persistence when the entity is first saved.</summary>
    public void StampCreated(DateTime utcNow, string actor)
    {
        CreatedAtUtc = UpdatedAtUtc = EnsureUtc(utcNow);
        CreatedBy = UpdatedBy = actor;
        Version = 1;
    }

    /// <summary>Called by persistence when a change to the entity is saved.</summary>
    public void StampUpdated(DateTime utcNow, string actor)
    {
        UpdatedAtUtc = EnsureUtc(utcNow);
        UpdatedBy = actor;
        Version++;
    }

    private static DateTime EnsureUtc(DateTime value) =>
        value.Kind == DateTimeKind.Utc
            ? value
            : throw new ArgumentException("Times are stored in UTC.", nameof(value));
}
