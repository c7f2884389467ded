using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Tasks;
using Mediator;

namespace DoubleRandom.Application.Tasks.Commands.CopyTask;

public sealed class CopyTaskHandler(IApplicationDbContext db, UnitScope scope) : ICommandHandler<CopyTaskCommand, TaskDto>
{
    public async ValueTask<TaskDto> Handle(CopyTaskCommand c, CancellationToken ct)
    {
        var source = await db.GetTaskAsync(c.Id, ct);
        await scope.DemandOfficerScopeAsync(source.Settings.OfficerScope.UnitIds, ct);
        var copy = InspectionTask.Create(c.Year ?? source.Year, c.Name ?? source.Name, source.Settings, source.Id);
        db.InspectionTasks.Add(copy);
        await db.SaveChangesAsync(ct);
        return copy.ToDto();
    }
}
