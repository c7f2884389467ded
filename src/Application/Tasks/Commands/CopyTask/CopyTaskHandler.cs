using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Tasks;
using Mediator;

namespace DoubleRandom.Application.Tasks.Commands.CopyTask;

public sealed class CopyTaskHandler(IApplicationDbContext db, UnitScope scope) : ICommandHandler<CopyTaskCommand, TaskDto>
{
    public async ValueTask<TaskDto> Handle(CopyTaskCommand command, CancellationToken cancellationToken)
    {
        var source = await db.GetTaskAsync(command.Id, cancellationToken);
        await scope.DemandOfficerScopeAsync(source.Settings.OfficerScope.UnitIds, cancellationToken);
        var copy = InspectionTask.Create(command.Year ?? source.Year, command.Name ?? source.Name, source.Settings, source.Id);
        db.InspectionTasks.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        return copy.ToDto();
    }
}
