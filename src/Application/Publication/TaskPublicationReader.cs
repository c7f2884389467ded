using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Publication;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Publication;

/// <summary>A task's publication as <c>GET /api/v1/tasks/{taskId}/publication</c> answers it (also after publishing).</summary>
public sealed class TaskPublicationReader(IApplicationDbContext db, TimeProvider clock)
{
    public async Task<TaskPublicationDto> ReadAsync(Guid taskId, CancellationToken ct)
    {
        var task = await db.InspectionTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct)
            ?? throw new NotFoundException(RecordNames.InspectionTask, taskId);
        var publication = await db.TaskPublications.AsNoTracking().FirstOrDefaultAsync(p => p.TaskId == taskId, ct);
        var today = Today(clock);
        var closedOn = task.ClosedAtUtc is { } closed ? PublicationDeadline.CompletedOn(closed) : today;
        var calendar = await PublicationDeadline.CalendarAsync(db, closedOn, today, ct);
        var status = PublicationStatus.Of(task.ClosedAtUtc, publication, today, calendar);
        var blockers = task.Status == InspectionTaskStatus.Closed && publication is null || task.Status == InspectionTaskStatus.Drawn
            ? await PublicationBlockers.GroupsNotSignedOffAsync(db, task, ct)
            : [];
        // A published task keeps the deadline it was published against, and with it the years it was computed without.
        IReadOnlyList<int> missing = publication is not null
            ? publication.CalendarMissingYears
            : status is { CompletedOn: { } from, DeadlineOn: { } deadline }
                ? WorkingDays.MissingYears(from, deadline > today ? deadline : today, calendar)
                : [];
        return new TaskPublicationDto(
            task.Id, task.Name, task.Year, status.State, status.CompletedOn, status.DeadlineOn, status.WorkingDaysLeft, blockers,
            publication?.PublishedAtUtc, publication?.PublishedBy, publication?.ResultCount, missing, PublicationTexts.MissingCalendar(missing));
    }

    /// <summary>Today in Asia/Shanghai.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return PublicationDates.ShanghaiDate(clock.GetUtcNow().UtcDateTime);
    }
}
