using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Inspections.Corrections;
using DoubleRandom.Domain.Publication;
using Mediator;

namespace DoubleRandom.Application.Publication.Events;

/// <summary>
/// An approved correction (§7.2) of a record of a task already published (一公开) brings the target's public rows in line
/// with the record's new results, marked corrected on today's Asia/Shanghai date (<see cref="PublishedResults.RefreshTargetAsync"/>).
/// Published before the approval is saved, so the refresh is saved with it — one unit of work, one audited change; an
/// unpublished task has nothing public to refresh.
/// </summary>
public sealed class RefreshPublishedResultsWhenRecordCorrected(IApplicationDbContext db, TimeProvider clock)
    : INotificationHandler<RecordCorrectedNotification>
{
    public async ValueTask Handle(RecordCorrectedNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var correctedOn = PublicationDates.ShanghaiDate(clock.GetUtcNow().UtcDateTime);
        await PublishedResults.RefreshTargetAsync(db, notification.TaskId, notification.TargetCode, correctedOn, cancellationToken);
    }
}
