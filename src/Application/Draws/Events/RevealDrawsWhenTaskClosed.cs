using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Tasks;
using DoubleRandom.Domain.Draws;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Events;

/// <summary>Closing a task reveals its executed draws (s published, names public), saved with the closing.</summary>
public sealed class RevealDrawsWhenTaskClosed(IApplicationDbContext db, DrawRevealer revealer) : INotificationHandler<TaskClosedNotification>
{
    public async ValueTask Handle(TaskClosedNotification notification, CancellationToken cancellationToken)
    {
        var draws = await db.Draws
            .Where(d => d.TaskId == notification.TaskId && d.Status != DrawStatus.Prepared && d.RevealedAtUtc == null)
            .ToListAsync(cancellationToken);
        foreach (var draw in draws)
        {
            revealer.Reveal(draw);
        }
    }
}
