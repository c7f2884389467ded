using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Tasks.Commands.UpdateTask;

public sealed class UpdateTaskHandler(IApplicationDbContext db, UnitScope scope) : ICommandHandler<UpdateTaskCommand, TaskDto>
{
    public async ValueTask<TaskDto> Handle(UpdateTaskCommand c, CancellationToken ct)
    {
        var task = await db.GetTaskAsync(c.Id, ct);
        task.EnsureNotFrozen();
        StaleVersion.ThrowIfStale(c.Version, task.Version);
        var settings = c.ToSettings();
        TaskFields.CheckDr1Parameters(settings);
        await db.CheckLeadDepartmentAsync(c, ct);
        await scope.DemandOfficerScopeAsync(settings.OfficerScope.UnitIds, ct);
        task.Update(c.Year!.Value, c.Name!, settings);
        await db.SaveChangesAsync(ct);
        return task.ToDto();
    }
}
