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
/// the publication's task id and each public row are unique, and on SQLite the transaction is taken for writing before
/// the checks, so the second waits and then sees the first) and every group's summary signed off (409
/// groups-not-signed-off naming them). Writes the public rows (<see cref="PublishedResults"/>, in pages) and the
/// publication in one transaction: all or nothing. The deadline is <see cref="PublicationDeadline"/>'s, and the years it
/// was computed without a calendar are kept with the publication. Audited by the publication's entry alone: it carries
/// the row count and the rows' SHA-256 (the rows are not audited one by one).
/// </summary>
public sealed class PublishTaskHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock, TaskPublicationReader reader)
    : ICommandHandler<PublishTaskCommand, TaskPublicationDto>
{
    public async ValueTask<TaskPublicationDto> Handle(PublishTaskCommand command, CancellationToken cancellationToken)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                await PublishAsync(command.TaskId, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (ConflictException e) when (e.Code == "duplicate-key")
            {
                // The other publisher committed first (a unique key of its publication or rows): nothing of ours stays.
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                Rule.Check(false, RuleCodes.AlreadyPublished);
            }
        }

        return await reader.ReadAsync(command.TaskId, cancellationToken);
    }

    private async Task PublishAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var task = await db.InspectionTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken)
            ?? throw new NotFoundException(RecordNames.InspectionTask, taskId);
        Rule.Check(task.Status == InspectionTaskStatus.Closed && task.ClosedAtUtc is not null, RuleCodes.PublicationTaskNotClosed);
        Rule.Check(!await db.TaskPublications.AnyAsync(p => p.TaskId == task.Id, cancellationToken), RuleCodes.AlreadyPublished);
        var blockers = await PublicationBlockers.GroupsNotSignedOffAsync(db, task, cancellationToken);
        Rule.Check(blockers.Count == 0, RuleCodes.PublicationGroupsNotSignedOff,
            (IReadOnlyList<string>)[.. blockers.Select(b => b.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        var now = clock.GetUtcNow().UtcDateTime;
        var today = PublicationDates.ShanghaiDate(now);
        var completedOn = PublicationDeadline.CompletedOn(task.ClosedAtUtc!.Value);
        var calendar = await PublicationDeadline.CalendarAsync(db, completedOn, today, cancellationToken);
        var deadline = PublicationDeadline.Of(completedOn, calendar);
        var missing = WorkingDays.MissingYears(completedOn, deadline, calendar);
        var (count, sha256) = await PublishedResults.WriteTaskAsync(db, task, today, cancellationToken);
        db.TaskPublications.Add(TaskPublication.Create(task.Id, completedOn, deadline, now, actor.Name, count, sha256, missing));
        await db.SaveChangesAsync(cancellationToken);
    }
}
