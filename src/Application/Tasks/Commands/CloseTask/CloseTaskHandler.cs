using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Tasks.Commands.CloseTask;

public sealed class CloseTaskHandler(IApplicationDbContext db, IPublisher publisher, TimeProvider clock)
    : ICommandHandler<CloseTaskCommand, TaskDto>
{
    public async ValueTask<TaskDto> Handle(CloseTaskCommand command, CancellationToken cancellationToken)
    {
        var task = await db.GetTaskAsync(command.Id, cancellationToken);
        task.Close(clock.GetUtcNow().UtcDateTime);
        await publisher.Publish(new TaskClosedNotification(task.Id), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return task.ToDto();
    }
}
