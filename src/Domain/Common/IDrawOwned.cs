namespace DoubleRandom.Domain.Common;

/// <summary>
/// A record that belongs to one draw (its rows, amendments, attachments, snapshots, yearly claims): it belongs to the
/// draw's task, so the archived-task guard treats it as <see cref="ITaskOwned"/> through the draw. The rows carry only
/// the draw's id; the guard looks the task up.
/// </summary>
public interface IDrawOwned
{
    /// <summary>The draw the record belongs to.</summary>
    Guid OwningDrawId { get; }
}
