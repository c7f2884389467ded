using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Tasks;
using Mediator;

namespace DoubleRandom.Application.Tasks.Commands.CreateTask;

public sealed class CreateTaskHandler(IApplicationDbContext db, UnitScope scope) : ICommandHandler<CreateTaskCommand, TaskDto>
{
    public async ValueTask<TaskDto> Handle(CreateTaskCommand command, CancellationToken cancellationToken)
    {
        var settings = command.ToSettings();
        TaskFields.CheckDr1Parameters(settings);
        await db.CheckLeadDepartmentAsync(command, cancellationToken);
        await scope.DemandOfficerScopeAsync(settings.OfficerScope.UnitIds, cancellationToken);
        var task = InspectionTask.Create(command.Year!.Value, command.Name!, settings);
        db.InspectionTasks.Add(task);
        await db.SaveChangesAsync(cancellationToken);
        return task.ToDto();
    }
}
