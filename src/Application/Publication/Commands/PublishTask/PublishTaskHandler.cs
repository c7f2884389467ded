using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Publication;
using DoubleRandom.Domain.Tasks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Publication.Commands.PublishTask;

/// <summary>
/// Publishing needs the task closed (409 task-not-closed), not published yet (409 already-published, also when two race:
/// the publication's task id is unique) and every group's summary signed off (409 groups-not-signed-off naming them).
/// Writes the publication and one public row per target × item (<see cref="PublishedResults"/>) in one save, audited by
/// the publication's entry alone: it carries the row count and the rows' SHA-256 (the rows are not audited one by one).
/// </summary>
public sealed class PublishTaskHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock, TaskPublicationReader reader)
    : ICommandHandler<PublishTaskCommand, TaskPublicationDto>
{
    public async ValueTask<TaskPublicationDto> Handle(PublishTaskCommand command, CancellationToken cancellationToken)
    {
        var task = await db.InspectionTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == command.TaskId, cancellationToken)
            ?? throw new NotFoundException(RecordNames.InspectionTask, command.TaskId);
        Rule.Check(task.Status == InspectionTaskStatus.Closed && task.ClosedAtUtc is not null, RuleCodes.PublicationTaskNotClosed);
        Rule.Check(!await db.TaskPublications.AnyAsync(p => p.TaskId == task.Id, cancellationToken), RuleCodes.AlreadyPublished);
        var blockers = await PublicationBlockers.GroupsNotSignedOffAsync(db, task, cancellationToken);
        Rule.Check(blockers.Count == 0, RuleCodes.PublicationGroupsNotSignedOff,
            (IReadOnlyList<string>)[.. blockers.Select(b => b.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        var now = clock.GetUtcNow().UtcDateTime;
        var completedOn = PublicationDates.ShanghaiDate(task.ClosedAtUtc!.Value);
        var calendar = await HolidayCalendar.LoadAsync(db, completedOn.Year, completedOn.Year + 1, cancellationToken);
        var deadline = WorkingDays.After(completedOn, WorkingDays.PublicationDeadline, calendar);
        var (count, sha256) = await PublishedResults.WriteTaskAsync(db, task, PublicationDates.ShanghaiDate(now), cancellationToken);
        db.TaskPublications.Add(TaskPublication.Create(task.Id, completedOn, deadline, now, actor.Name, count, sha256));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException e) when (e.Code == "duplicate-key")
        {
            db.ChangeTracker.Clear();
            Rule.Check(false, RuleCodes.AlreadyPublished);
        }

        return await reader.ReadAsync(task.Id, cancellationToken);
    }
}
