using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Tasks;
using Mediator;

namespace DoubleRandom.Application.Tasks.Commands.CreateTask;

public sealed class CreateTaskHandler(IApplicationDbContext db, UnitScope scope) : ICommandHandler<CreateTaskCommand, TaskDto>
{
    public async ValueTask<TaskDto> Handle(CreateTaskCommand c, CancellationToken ct)
    {
        var settings = c.ToSettings();
        TaskFields.CheckDr1Parameters(settings);
        await db.CheckLeadDepartmentAsync(c, ct);
        await scope.DemandOfficerScopeAsync(settings.OfficerScope.UnitIds, ct);
        var task = InspectionTask.Create(c.Year!.Value, c.Name!, settings);
        db.InspectionTasks.Add(task);
        await db.SaveChangesAsync(ct);
        return task.ToDto();
    }
}
