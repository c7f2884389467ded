using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Tasks.Commands.UpdateTask;

public sealed class UpdateTaskHandler(IApplicationDbContext db, UnitScope scope) : ICommandHandler<UpdateTaskCommand, TaskDto>
{
    public async ValueTask<TaskDto> Handle(UpdateTaskCommand command, CancellationToken cancellationToken)
    {
        var task = await db.GetTaskAsync(command.Id, cancellationToken);
        task.EnsureNotFrozen();
        StaleVersion.ThrowIfStale(command.Version, task.Version);
        var settings = command.ToSettings();
        TaskFields.CheckDr1Parameters(settings);
        await db.CheckLeadDepartmentAsync(command, cancellationToken);
        await scope.DemandOfficerScopeAsync(settings.OfficerScope.UnitIds, cancellationToken);
        task.Update(command.Year!.Value, command.Name!, settings);
        await db.SaveChangesAsync(cancellationToken);
        return task.ToDto();
    }
}
