using Mediator;
using Microsoft.Extensions.Logging;

namespace DoubleRandom.Application.Inspections.Corrections;

/// <summary>
/// Writes a line to the service log for every approved correction (the audit trail holds the change itself). Other
/// features that keep copies of a record's results (the published results of 一公开) answer the same notification.
/// </summary>
public sealed partial class LogRecordCorrected(ILogger<LogRecordCorrected> logger) : INotificationHandler<RecordCorrectedNotification>
{
    public ValueTask Handle(RecordCorrectedNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        Corrected(logger, notification.RecordId, notification.TaskId, notification.TargetCode);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Record {RecordId} of task {TaskId} (target {TargetCode}) corrected by an approved correction")]
    private static partial void Corrected(ILogger logger, Guid recordId, Guid taskId, string targetCode);
}
