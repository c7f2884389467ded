using DoubleRandom.Application.Common.Interfaces;

namespace DoubleRandom.Application.Common.Scoping;

/// <summary>
/// Who reads the records of one inspection group: the one rule (implemented by the inspections feature, where records
/// live) that <see cref="RecordScope"/> applies to what belongs to a record — a correction is seen exactly like its record.
/// </summary>
public interface IRecordReaders
{
    /// <summary>Whether <paramref name="actor"/> reads the records of group <paramref name="groupNumber"/> of the task.</summary>
    Task<bool> ReadsAsync(ICurrentActor actor, TaskVisibility tasks, Guid taskId, int groupNumber, CancellationToken ct);
}
