namespace DoubleRandom.Domain.Common;

/// <summary>
/// A record that belongs to one inspection task: once the task is archived, saving a change to it (added, modified or
/// deleted) is refused with 409 <c>task-archived</c> — one check, at save time, for every feature.
/// </summary>
public interface ITaskOwned
{
    /// <summary>The task the record belongs to.</summary>
    Guid OwningTaskId { get; }
}
