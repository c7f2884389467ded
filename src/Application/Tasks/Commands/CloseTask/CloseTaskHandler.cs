using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Tasks.Commands.CloseTask;

public sealed class CloseTaskHandler(IApplicationDbContext db, IPublisher publisher, TimeProvider clock)
    : ICommandHandler<CloseTaskCommand, TaskDto>
{
    public async ValueTask<TaskDto> Handle(CloseTaskCommand c, CancellationToken ct)
    {
        var task = await db.GetTaskAsync(c.Id, ct);
        task.Close(clock.GetUtcNow().UtcDateTime);
        await publisher.Publish(new TaskClosedNotification(task.Id), ct);
        await db.SaveChangesAsync(ct);
        return task.ToDto();
    }
}
