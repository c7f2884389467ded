using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Records;

/// <summary>
/// "A submitted result is final" (§7.2): a record is final once its group's summary is signed off (every member, the
/// leader last, signed the current content) or its task is closed. A final record changes only by an approved correction.
/// </summary>
public static class RecordFinality
{
    /// <summary>Whether the record's task is closed (<c>task-closed</c> on a write).</summary>
    public static Task<bool> TaskClosedAsync(IApplicationDbContext db, Guid taskId, CancellationToken ct) =>
        db.InspectionTasks.AsNoTracking().AnyAsync(t => t.Id == taskId && t.Status == InspectionTaskStatus.Closed, ct);

    /// <summary>Whether the record's group summary is signed off (<c>record-final</c> on a write).</summary>
    public static Task<bool> SignedOffAsync(IApplicationDbContext db, InspectionRecord record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        return SignedOffAsync(db, record.TaskId, record.GroupNumber, ct);
    }

    /// <summary>Whether the group's summary is signed off (for readers that judge many records group by group).</summary>
    public static async Task<bool> SignedOffAsync(IApplicationDbContext db, Guid taskId, int groupNumber, CancellationToken ct)
    {
        try
        {
            return (await GroupSummaries.LoadAsync(db, taskId, groupNumber, ct)).Status == SummaryStatus.SignedOff;
        }
        catch (NotFoundException)
        {
            return false; // no sealed current draw with that group: nothing was signed
        }
    }

    /// <summary>Final: the task is closed or the group's summary is signed off.</summary>
    public static async Task<bool> IsFinalAsync(IApplicationDbContext db, InspectionRecord record, CancellationToken ct) =>
        await TaskClosedAsync(db, record.TaskId, ct) || await SignedOffAsync(db, record, ct);
}
